package org.fingertip.web.wiring;

import java.security.SecureRandom;
import java.time.Clock;

import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.filing.Deadlines;
import org.fingertip.registry.filing.FilingNumberFormat;
import org.fingertip.registry.filing.FilingNumbers;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.FilingSettings;
import org.fingertip.registry.evaluation.AppLocks;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.evaluation.EvaluationSettings;
import org.fingertip.registry.evaluation.Evaluations;
import org.fingertip.registry.filing.Reviews;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.campaign.Campaigns;
import org.fingertip.registry.campaign.RecheckCycle;
import org.fingertip.registry.campaign.RecheckEligibility;
import org.fingertip.registry.campaign.RecheckSchedule;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.Exits;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.Notices;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.precheck.FiledFunctions;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.fingertip.registry.precheck.PreCheck;
import org.fingertip.registry.precheck.PreCheckSettings;
import org.fingertip.registry.usage.UsageFacts;
import org.fingertip.registry.usage.UsageService;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckSettings;
import org.fingertip.registry.recheck.Rechecks;
import org.fingertip.registry.recheck.VerdictRules;
import org.fingertip.workflow.recheck.RecheckDueDates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.fingertip.registry.attachment.AttachmentSettings;
import org.fingertip.registry.ledger.LedgerAttachmentService;
import org.fingertip.registry.ledger.LedgerAttachments;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.ObjectProvider;

/** The core's use cases, wired explicitly on the database adapters and the configuration. */
@Configuration(proxyBeanMethods = false)
public class RegistryConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WorkingCalendar.ZONE);
    }

    @Bean
    WorkingCalendar workingCalendar(FingertipProperties properties, ResourceLoader loader) {
        return new WorkingCalendar(HolidayFiles.load(loader, properties.getCalendar().getFiles()));
    }

    @Bean
    FilingSettings filingSettings(FingertipProperties properties) {
        FingertipProperties.Filing f = properties.getFiling();
        return new FilingSettings(f.getFirstReviewDays(), f.getProvincialReviewDays(), f.getResubmitDays());
    }

    @Bean
    Deadlines deadlines(WorkingCalendar calendar, FilingSettings settings) {
        return new Deadlines(calendar, settings);
    }

    @Bean
    FilingNumberFormat filingNumberFormat(FingertipProperties properties) {
        FingertipProperties.Filing f = properties.getFiling();
        return new FilingNumberFormat(f.getNumberPattern(), f.getNumberDigits(), f.getProvinceAbbreviations());
    }

    @Bean
    PreCheck preCheck(FingertipProperties properties, FiledFunctions filedFunctions, PlatformCatalogue catalogue) {
        FingertipProperties.PreCheck p = properties.getPrecheck();
        return new PreCheck(new PreCheckSettings(p.getBannedWords(), p.getDuplicateThreshold()), filedFunctions, catalogue);
    }

    @Bean
    LedgerService ledgerService(LedgerItems items, Apps apps, FingertipProperties properties, Clock clock) {
        FingertipProperties.Ledger l = properties.getLedger();
        return new LedgerService(items, apps, new LedgerSettings(l.getDeadlineDays(), l.getExtensionDays()), clock);
    }

    @Bean
    EvaluationSettings evaluationSettings(FingertipProperties properties) {
        FingertipProperties.Evaluation e = properties.getEvaluation();
        return new EvaluationSettings(e.getThreshold(), e.getWindowDays());
    }

    @Bean
    EvaluationService evaluationService(Evaluations evaluations, Apps apps, AppLocks locks, LedgerItems ledgerItems,
                                        EvaluationSettings settings, Clock clock) {
        return new EvaluationService(evaluations, apps, locks, ledgerItems, settings, clock);
    }

    @Bean
    RecheckSettings recheckSettings(FingertipProperties properties) {
        return properties.getRecheck().toSettings();
    }

    @Bean
    RecheckService recheckService(Rechecks rechecks, Apps apps, UsageFacts usage, Evaluations evaluations,
                                  PreCheck preCheck, NoticeService notices, VerdictRules rules,
                                  RecheckSettings settings, EvaluationSettings evaluationSettings, Clock clock) {
        return new RecheckService(rechecks, apps, usage, evaluations, preCheck, notices, rules, settings,
                evaluationSettings, clock);
    }

    @Bean
    ExitService exitService(Exits exits, Apps apps, PlatformCatalogue catalogue, NoticeService notices,
                            WorkingCalendar calendar, FingertipProperties properties, Clock clock) {
        return new ExitService(exits, apps, catalogue, notices, calendar, properties.getExit().toSettings(), clock);
    }

    /** Notices notify the members of their recipient (NotificationConfiguration). */
    @Bean
    NoticeService noticeService(Notices notices, NotificationService notifications, Clock clock) {
        return new NoticeService(notices, notifications, clock);
    }

    @Bean
    RecheckEligibility recheckEligibility(Apps apps, Rechecks rechecks) {
        return new RecheckEligibility(apps, rechecks);
    }

    @Bean
    CampaignService campaignService(Campaigns campaigns, Departments departments, RecheckEligibility eligibility,
                                    Clock clock) {
        return new CampaignService(campaigns, departments, eligibility, new SecureRandom(), clock);
    }

    @Bean
    RecheckCycle recheckCycle(RecheckSchedule schedule, RecheckEligibility eligibility, FingertipProperties properties,
                              Clock clock) {
        return new RecheckCycle(schedule, eligibility, properties.getRecheck().toCycleSettings(), clock);
    }

    @Bean
    RecheckDueDates recheckDueDates(WorkingCalendar calendar, FingertipProperties properties, Clock clock) {
        return new RecheckDueDates(calendar, properties.getRecheck().getSelfInspectionWorkingDays(), clock);
    }

    @Bean
    FilingService filingService(Apps apps, Departments departments, Reviews reviews, FilingNumbers numbers,
                                FilingNumberFormat format, PreCheck preCheck, Clock clock) {
        return new FilingService(apps, departments, reviews, numbers, format, preCheck, clock);
    }

    @Bean
    UsageService usageService(Apps apps, UsageFacts facts, Clock clock) {
        return new UsageService(apps, facts, clock);
    }

    // ---- evidence files (ledger attachments) ----

    /** The limits on evidence files; refuses to start when uploads could not carry a file of the largest size. */
    @Bean
    AttachmentSettings attachmentSettings(FingertipProperties properties, ObjectProvider<MultipartProperties> multipart) {
        FingertipProperties.Attachments a = properties.getAttachments();
        long maxBytes = a.getMaxSize().toBytes();
        MultipartProperties uploads = multipart.getIfAvailable();
        DataSize transport = uploads == null ? null : uploads.getMaxFileSize();
        if (transport != null && transport.toBytes() >= 0 && transport.toBytes() < maxBytes) {
            throw new IllegalStateException("fingertip.attachments.max-size (" + a.getMaxSize()
                    + ") exceeds spring.servlet.multipart.max-file-size (" + transport + "): raise the latter");
        }
        return new AttachmentSettings(maxBytes, a.getMaxPerRecord());
    }

    @Bean
    LedgerAttachmentService ledgerAttachmentService(LedgerService ledger, LedgerItems items,
                                                    LedgerAttachments attachments, AttachmentSettings settings,
                                                    Clock clock) {
        return new LedgerAttachmentService(ledger, items, attachments, settings, clock);
    }

    // ---- the inventory of apps already live (存量) and its backlog ----------------------------------------------------

    @Bean
    org.fingertip.registry.inventory.InventorySettings inventorySettings(FingertipProperties properties) {
        return properties.getInventory().toSettings();
    }

    @Bean
    org.fingertip.registry.inventory.InventoryService inventoryService(
            org.fingertip.registry.inventory.Inventory inventory, Apps apps, Departments departments, UsageFacts usage,
            org.fingertip.registry.inventory.InventorySettings settings, Clock clock) {
        return new org.fingertip.registry.inventory.InventoryService(inventory, apps, departments, usage, settings,
                clock);
    }

    @Bean
    org.fingertip.registry.inventory.BacklogSweep backlogSweep(org.fingertip.registry.inventory.Inventory inventory,
                                                               Apps apps, AppLocks locks, NoticeService notices,
                                                               org.fingertip.registry.inventory.InventorySettings settings,
                                                               Clock clock) {
        return new org.fingertip.registry.inventory.BacklogSweep(inventory, apps, locks, notices, settings, clock);
    }

    // ---- the supervisor's dashboard ------------------------------------------------------------------------------------

    @Bean
    org.fingertip.registry.dashboard.Dashboard dashboard(org.fingertip.registry.dashboard.DashboardQueries queries,
                                                         Departments departments,
                                                         org.fingertip.registry.inventory.InventorySettings settings,
                                                         Clock clock) {
        return new org.fingertip.registry.dashboard.Dashboard(queries, departments, settings, clock);
    }
}
