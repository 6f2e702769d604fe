using Doorstep.Platform.Audit;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Platform.Data;

/// <summary>The platform's own tables, all prefixed platform_.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder b, DatabaseProvider provider)
    {
        b.Entity<DoorstepUser>(e =>
        {
            e.ToTable("platform_users");
            e.HasMany(u => u.Scopes).WithOne().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IdentityRole>().ToTable("platform_roles");
        b.Entity<IdentityUserRole<string>>().ToTable("platform_user_roles");
        b.Entity<IdentityUserClaim<string>>().ToTable("platform_user_claims");
        b.Entity<IdentityUserLogin<string>>().ToTable("platform_user_logins");
        b.Entity<IdentityUserToken<string>>().ToTable("platform_user_tokens");
        b.Entity<IdentityRoleClaim<string>>().ToTable("platform_role_claims");

        b.Entity<UserScope>(e =>
        {
            e.ToTable("platform_user_scopes");
            e.Property(s => s.RegionCode).HasMaxLength(15);
            e.HasIndex(s => new { s.UserId, s.RegionCode }).IsUnique();
        });

        b.Entity<ApiToken>(e =>
        {
            e.ToTable("platform_api_tokens");
            e.Property(t => t.TokenHash).HasMaxLength(64);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.Property(t => t.Label).HasMaxLength(100);
        });

        b.Entity<Region>(e =>
        {
            e.ToTable("platform_regions");
            e.HasKey(r => r.Code);
            e.Property(r => r.Code).HasMaxLength(15);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.ParentCode).HasMaxLength(15);
            e.HasIndex(r => r.ParentCode);
        });

        b.Entity<Person>(e =>
        {
            e.ToTable("platform_people");
            e.Property(p => p.Name).HasMaxLength(50);
            e.Property(p => p.IdNumberCipher).HasMaxLength(200);
            e.Property(p => p.IdNumberHash).HasMaxLength(64);
            e.Property(p => p.IdNumberMasked).HasMaxLength(18);
            e.Property(p => p.PhoneCipher).HasMaxLength(200);
            e.Property(p => p.PhoneHash).HasMaxLength(64);
            e.Property(p => p.PhoneMasked).HasMaxLength(11);
            e.Property(p => p.Address).HasMaxLength(200);
            e.Property(p => p.RegionCode).HasMaxLength(15);
            e.Property(p => p.HouseholdRelation).HasMaxLength(20);
            e.Property(p => p.Tags).HasMaxLength(200);
            e.HasIndex(p => p.IdNumberHash).IsUnique();
            e.HasIndex(p => p.PhoneHash);
            if (provider == DatabaseProvider.PostgreSql)
            {
                // The blind indexes are hex digits, only ever compared for equality. Under any
                // collation but "C" PostgreSQL compares text through the C library's strcoll and
                // without abbreviated keys, which made rebuilding these two indexes after an import
                // take half as long again as comparing bytes. SQLite compares bytes already.
                e.Property(p => p.IdNumberHash).UseCollation("C");
                e.Property(p => p.PhoneHash).UseCollation("C");
            }

            e.HasIndex(p => p.RegionCode);
            e.HasIndex(p => p.Name);

            // Only the people on a household register are ever looked up by it; leaving out the
            // rest keeps the index small and costs an import, which writes no households, nothing.
            e.HasIndex(p => p.HouseholdId).HasFilter("\"HouseholdId\" IS NOT NULL");
        });

        b.Entity<Household>(e =>
        {
            e.ToTable("platform_households");
            e.Property(h => h.Number).HasMaxLength(30);
            e.HasIndex(h => h.Number).IsUnique();
            e.Property(h => h.Address).HasMaxLength(200);
            e.Property(h => h.RegionCode).HasMaxLength(15);
            e.HasIndex(h => h.RegionCode);
        });

        b.Entity<Organisation>(e =>
        {
            e.ToTable("platform_organisations");
            e.Property(o => o.Name).HasMaxLength(100);
            e.Property(o => o.Kind).HasMaxLength(40);
            e.Property(o => o.CreditCode).HasMaxLength(18);
            e.Property(o => o.Address).HasMaxLength(200);
            e.Property(o => o.RegionCode).HasMaxLength(15);
            e.Property(o => o.ContactName).HasMaxLength(50);
            e.Property(o => o.ContactPhone).HasMaxLength(20);
            e.HasIndex(o => o.CreditCode).IsUnique();
            e.HasIndex(o => o.RegionCode);
            e.HasIndex(o => o.Kind);
        });

        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("platform_audit");
            e.Property(a => a.UserName).HasMaxLength(100);
            e.Property(a => a.Event).HasMaxLength(60);
            e.Property(a => a.ObjectType).HasMaxLength(60);
            e.Property(a => a.ObjectId).HasMaxLength(100);
            e.Property(a => a.Result).HasMaxLength(20);
            e.Property(a => a.Detail).HasMaxLength(1000);
            e.Property(a => a.Address).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => a.At);
            e.HasIndex(a => a.Event);
        });

        WorkItemsModel.Configure(b);
    }
}
