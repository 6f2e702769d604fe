using Doorstep.Web;

await DoorstepWebApp.Build(args).RunAsync();

/// <summary>The entry point, named so integration tests can host the same application.</summary>
public partial class Program;
