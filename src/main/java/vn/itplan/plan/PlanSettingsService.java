package vn.itplan.plan;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.itplan.audit.AuditService;
import vn.itplan.security.AdminOnly;
import vn.itplan.security.CurrentUser;

/** The plan rules staff change while the portal runs (data, audited): the leader's sign-off before issue. */
@RequiredArgsConstructor
@Service
@Transactional(readOnly = true)
public class PlanSettingsService {

    private final PlanSettingRepository settings;
    private final AuditService audit;

    public boolean signOffRequired() {
        return settings.findById(PlanSetting.ID)
                .map(PlanSetting::isSignOffRequired)
                .orElse(false);
    }

    @AdminOnly
    @Transactional
    void requireSignOff(boolean required, CurrentUser user) {
        PlanSetting setting = settings.findById(PlanSetting.ID).orElseThrow();
        if (setting.isSignOffRequired() == required) {
            return;
        }
        setting.requireSignOff(required);
        audit.record(
                user.username(),
                "PLAN_SETTING_CHANGED",
                "PlanSetting",
                (long) PlanSetting.ID,
                "sign-off before issue: " + (required ? "required" : "not required"));
    }
}
