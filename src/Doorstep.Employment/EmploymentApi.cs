using Doorstep.Employment.Coverage;
using Doorstep.Employment.Employers;
using Doorstep.Employment.Entrepreneurship;
using Doorstep.Employment.Fairs;
using Doorstep.Employment.Figures;
using Doorstep.Employment.Gigs;
using Doorstep.Employment.Imports;
using Doorstep.Employment.Matching;
using Doorstep.Employment.Occupations;
using Doorstep.Employment.PublicJobs;
using Doorstep.Employment.Seekers;
using Doorstep.Employment.Stations;
using Doorstep.Employment.Training;
using Doorstep.Employment.TrainingBases;
using Doorstep.Employment.Vacancies;
using Doorstep.Employment.Walls;
using Doorstep.Employment.Workshops;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Doorstep.Employment;

/// <summary>/api/v1/employment: each feature's endpoints; /api/v1/public: what residents read without signing in (the job map, stations, gig boards, weekly walls, accredited training bases).</summary>
public static class EmploymentApi
{
    public static void MapEmploymentApi(this IEndpointRouteBuilder api)
    {
        var employment = api.MapGroup("/employment").WithTags("Employment");
        employment.MapOccupationsApi();
        employment.MapEmployersApi();
        employment.MapVacanciesApi();
        employment.MapSeekersApi();
        employment.MapCoverageApi();
        employment.MapMatchingApi();
        employment.MapFiguresApi();
        employment.MapStationsApi();
        employment.MapFairsApi();
        employment.MapGigsApi();
        employment.MapWallsApi();
        employment.MapWorkshopsApi();
        employment.MapTrainingApi();
        employment.MapEntrepreneurshipApi();
        employment.MapTrainingBasesApi();
        var open = api.MapGroup("/public").WithTags("Public");
        open.MapPublicJobsApi();
        open.MapPublicGigsApi();
        open.MapPublicWallsApi();
        open.MapPublicTrainingBasesApi();
    }
}
