using Doorstep.Platform.People;
using Doorstep.Platform.Validation;
using Doorstep.Platform.WorkItems.Types;

namespace Doorstep.Platform.WorkItems.Lifecycle;

/// <summary>What a step's input must hold before the service changes anything: reasons, targets, ratings, photos.</summary>
internal static class TransitionChecks
{
    public static FieldErrors Check(WorkItem item, WorkItemAction action, WorkItemTypeDefinition type, TransitionInput input, IReadOnlyList<PhotoUpload> photos)
    {
        var errors = new FieldErrors();
        var note = input.Note?.Trim();
        if (action.NeedsNote && string.IsNullOrEmpty(note))
        {
            errors.Add("note", action.Code switch
            {
                WorkItemActions.Handle => "请填写处置情况",
                WorkItemActions.Cancel => "请填写不予立案的理由",
                _ => "请填写申请理由",
            });
        }

        if (note?.Length > 1000)
        {
            errors.Add("note", "说明不超过1000个字");
        }

        if (PersonRules.CheckCoordinates(input.Longitude, input.Latitude, out _) is { } geoError)
        {
            errors.Add(geoError.Field, geoError.Message);
        }

        switch (action.Code)
        {
            case WorkItemActions.DispatchTo when (input.UnitId is null) == string.IsNullOrWhiteSpace(input.AssignUser):
                errors.Add("assignee", "请选择派往的单位或承办人（二选一）");
                break;
            case WorkItemActions.Verify when input.Passed is null:
                errors.Add("passed", "请选择核查结果：通过或不通过");
                break;
            case WorkItemActions.Verify when input.Passed == false && string.IsNullOrWhiteSpace(note):
                errors.Add("note", "核查不通过时请写明问题，以便返工");
                break;
            case WorkItemActions.Close when item.Status == WorkItemStatus.Handled && type.VerifyOnSite:
                errors.Add("action", $"{type.Name.Zh}须现场核查通过后才能结案");
                break;
            case WorkItemActions.Evaluate when input.Satisfaction is null || !Enum.IsDefined(input.Satisfaction.Value):
                errors.Add("satisfaction", "请选择满意度：满意、基本满意或不满意");
                break;
            case WorkItemActions.Evaluate when input.HandlerAtFault == true && input.Satisfaction != Satisfaction.Unsatisfied:
                errors.Add("handlerAtFault", "只有“不满意”才能认定为承办方责任");
                break;
            case WorkItemActions.RequestExtension when input.Days is not (>= 1 and <= 30):
                errors.Add("days", "延期天数应为 1 到 30 个工作日");
                break;
            case WorkItemActions.RequestReturn or WorkItemActions.RequestExtension or WorkItemActions.RequestBacklog when item.Pending != PendingRequest.None:
                errors.Add("action", $"已有{WorkItemActions.PendingName(item.Pending).Zh}待审批，请等审批后再申请");
                break;
            case WorkItemActions.Decide when item.Pending == PendingRequest.None:
                errors.Add("action", "没有待审批的申请");
                break;
            case WorkItemActions.Decide when input.Approve is null:
                errors.Add("approve", "请选择批准或驳回");
                break;
        }

        if (photos.Count > 0 && action.Code is not (WorkItemActions.Handle or WorkItemActions.Verify or WorkItemActions.Accept))
        {
            errors.Add("photos", "只有签收、处置反馈和现场核查时可以附照片");
        }

        PhotoRules.CheckAll(photos, errors);
        return errors;
    }
}
