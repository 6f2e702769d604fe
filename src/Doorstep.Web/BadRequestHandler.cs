using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Doorstep.Web;

/// <summary>
/// A request body that is not valid JSON, or holds a value of the wrong type, becomes a 400
/// validation problem naming the field — the same shape as every other invalid input.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (field, message) = bad.InnerException is JsonException json
            ? (FieldOf(json.Path), json.Path is null or "$" ? "请求内容不是有效的JSON" : "该字段的值类型不对（如数字写成了文字）")
            : ("body", "请求内容无法读取");
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "请求内容有误",
            },
        });
    }

    // "$.longitude" → "longitude"; "$.items[2].name" → "items[2].name".
    private static string FieldOf(string? path) => path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
