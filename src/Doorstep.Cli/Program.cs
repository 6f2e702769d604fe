Doorstep.Hosting.SqliteThreading.UseMultiThread();
return await Doorstep.Cli.DoorstepCli.RunAsync(args, Console.Out, Console.Error);
