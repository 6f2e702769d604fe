using Doorstep.Care.Appeals;
using Doorstep.Care.Disability;
using Doorstep.Care.Events;
using Doorstep.Care.Households;
using Doorstep.Care.ModelWorkers;
using Doorstep.Care.Photos;
using Doorstep.Care.Plans;
using Doorstep.Care.Stock;
using Doorstep.Care.Visits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Care;

/// <summary>/api/v1/care: each feature's endpoints.</summary>
public static class CareApi
{
    public static void MapCareApi(this IEndpointRouteBuilder api)
    {
        var care = api.MapGroup("/care").WithTags("Care");
        care.MapHouseholdsApi();
        care.MapStockApi();
        care.MapVisitsApi();
        care.MapPlansApi();
        care.MapAppealsApi();
        care.MapModelWorkersApi();
        care.MapDisabilityApi();
        care.MapCarePhotosApi();
        care.MapEventsApi();
    }
}
