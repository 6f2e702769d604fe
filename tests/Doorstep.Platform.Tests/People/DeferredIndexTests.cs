using Doorstep.Platform.People.Import;

namespace Doorstep.Platform.Tests.People;

/// <summary>Which of the people table's indexes a large import stops maintaining and builds again at the end.</summary>
public sealed class DeferredIndexTests
{
    [Theory]
    [InlineData("""CREATE INDEX "IX_platform_people_HouseholdId" ON "platform_people" ("HouseholdId") WHERE "HouseholdId" IS NOT NULL""")]
    [InlineData("""CREATE INDEX "IX_platform_people_HouseholdId" ON public.platform_people USING btree ("HouseholdId") WHERE ("HouseholdId" IS NOT NULL)""")]
    public void An_index_of_rows_with_a_column_the_import_never_writes_stays(string definition)
    {
        var index = new DeferredIndex("IX_platform_people_HouseholdId", definition);

        index.Deferred(DuplicatePolicy.Skip).ShouldBeFalse();
        index.Deferred(DuplicatePolicy.Update).ShouldBeFalse();
    }

    [Theory]
    [InlineData("""CREATE INDEX "IX_platform_people_PhoneHash" ON "platform_people" ("PhoneHash")""", DuplicatePolicy.Skip, true)]
    [InlineData("""CREATE INDEX "IX_platform_people_PhoneHash" ON "platform_people" ("PhoneHash") WHERE "PhoneHash" IS NOT NULL""", DuplicatePolicy.Skip, true)]
    [InlineData("""CREATE INDEX "IX_platform_people_HouseholdId" ON "platform_people" ("HouseholdId")""", DuplicatePolicy.Skip, true)]
    [InlineData("""CREATE INDEX "IX_platform_people_HouseholdId" ON "platform_people" ("HouseholdId") WHERE "HouseholdId" IS NOT NULL AND "PhoneHash" IS NULL""", DuplicatePolicy.Skip, true)]
    [InlineData("""CREATE UNIQUE INDEX "IX_platform_people_IdNumberHash" ON "platform_people" ("IdNumberHash")""", DuplicatePolicy.Skip, true)]
    [InlineData("""CREATE UNIQUE INDEX "IX_platform_people_IdNumberHash" ON "platform_people" ("IdNumberHash")""", DuplicatePolicy.Update, false)]
    public void Indexes_the_import_adds_to_are_deferred_unless_updates_look_people_up_by_them(string definition, DuplicatePolicy policy, bool deferred) =>
        new DeferredIndex("IX", definition).Deferred(policy).ShouldBe(deferred);
}
