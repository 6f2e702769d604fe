using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;

namespace Doorstep.Platform.Imports;

/// <summary>
/// One of a module's table imports. Listing it in the module's <c>Imports</c> gives it the page
/// /{module}/{Key}/import, the API POST /api/v1/{module}/{Key}/import with its template, and the
/// CLI command <c>import {Key}</c>; every row goes through <see cref="Run"/>, the same service as the form.
/// </summary>
/// <param name="Key">The route and CLI name; unique across modules.</param>
/// <param name="BackPath">The list the page links back to.</param>
/// <param name="Permission">What a user must hold to import.</param>
/// <param name="Notes">Shown above the upload form: what each column takes.</param>
public sealed record TableImport(
    string Key, Text Name, string BackPath, string Permission, IReadOnlyList<string> Columns, IReadOnlyList<string> Required, IReadOnlyList<Text> Notes,
    Func<IServiceProvider, TabularFile, bool, Actor, CancellationToken, Task<ImportReport>> Run);
