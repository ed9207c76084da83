package org.fingertip.registry.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.attachment.AttachmentSettings;
import org.fingertip.registry.attachment.AttachmentType;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.shared.TooLargeException;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.change.ChangeSettings;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.revocation.RevocationService;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.InMemoryChangeFilings;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryLedgerAttachments;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.SampleFiles;
import org.junit.jupiter.api.Test;

class LedgerAttachmentServiceTest {
    private final FilingFixture fx = new FilingFixture();
    private final InMemoryLedgerItems items = new InMemoryLedgerItems();
    private final InMemoryLedgerAttachments stored = new InMemoryLedgerAttachments();
    private final LedgerService ledger = new LedgerService(items, fx.apps, LedgerSettings.defaults(), fx.clock);
    private final LedgerAttachmentService attachments = new LedgerAttachmentService(ledger, items, stored,
            new AttachmentSettings(AttachmentSettings.MIB, 3), fx.clock);

    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();

    private LedgerItem openedItem() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        return ledger.open(supervisor, app.id(), LedgerCategory.BURDEN, "强制要求网格员每日签到");
    }

    private AttachmentFile pdf(String marker) {
        return attachments.check("整改报告-" + marker + ".pdf", "application/pdf", SampleFiles.pdf(marker));
    }

    private LedgerItem reload(LedgerItem item) {
        return items.byId(item.id()).orElseThrow();
    }

    @Test
    void theOwnerAttachesEvidenceAndTheItemsHistoryNamesTheFileAndItsChecksum() {
        LedgerItem item = openedItem();
        fx.clock.advance(Duration.ofHours(2));
        AttachmentFile file = attachments.check("删除签到功能截图.png", "image/png", SampleFiles.png());

        LedgerAttachment saved = attachments.attach(owner, item.id(), file);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.itemId()).isEqualTo(item.id());
        assertThat(saved.name()).isEqualTo("删除签到功能截图.png");
        assertThat(saved.type()).isEqualTo(AttachmentType.PNG);
        assertThat(saved.size()).isEqualTo(SampleFiles.png().length);
        assertThat(saved.sha256()).isEqualTo(AttachmentFile.sha256Hex(SampleFiles.png()));
        assertThat(saved.uploadedAs()).isEqualTo(AttachmentCapacity.OWNER);
        assertThat(saved.uploadedBy()).isEqualTo(owner.username());
        assertThat(saved.uploadedAt()).isEqualTo(fx.clock.instant());
        assertThat(reload(item).state()).as("attaching moves nothing").isEqualTo(LedgerState.OPEN);
        assertThat(items.steps(item.id())).last().satisfies(s -> {
            assertThat(s.action()).isEqualTo("上传附件");
            assertThat(s.from()).isEqualTo(LedgerState.OPEN);
            assertThat(s.to()).isEqualTo(LedgerState.OPEN);
            assertThat(s.actor()).isEqualTo(owner.username());
            assertThat(s.at()).isEqualTo(fx.clock.instant());
            assertThat(s.note()).contains("删除签到功能截图.png", "PNG 图片", saved.sha256());
        });
    }

    @Test
    void whoeverSeesTheItemListsItsFilesOldestFirstAndDownloadsTheSameBytes() {
        LedgerItem item = openedItem();
        LedgerAttachment first = attachments.attach(owner, item.id(), pdf("first"));
        LedgerAttachment second = attachments.attach(supervisor, item.id(), pdf("second"));

        for (Actor viewer : new Actor[] {owner, supervisor, reviewer, Actors.provinceReviewer(),
                Actors.admin("admin", Hubei.PROVINCE)}) {
            assertThat(attachments.list(viewer, item.id())).extracting(LedgerAttachment::id)
                    .containsExactly(first.id(), second.id());
            LedgerAttachmentService.Download download = attachments.download(viewer, item.id(), second.id());
            assertThat(download.attachment()).isEqualTo(second);
            assertThat(download.content()).isEqualTo(SampleFiles.pdf("second"));
            assertThat(AttachmentFile.sha256Hex(download.content())).isEqualTo(second.sha256());
        }
        assertThat(second.uploadedAs()).isEqualTo(AttachmentCapacity.SUPERVISOR);
    }

    @Test
    void outsideTheItemsUnitOrJurisdictionTheItemAndItsFilesAreNotFound() {
        LedgerItem item = openedItem();
        LedgerAttachment file = attachments.attach(owner, item.id(), pdf("x"));
        for (Actor outsider : new Actor[] {Actors.applicant(Hubei.WUHAN_OTHER_UNIT), Actors.yichangReviewer(),
                Actors.supervisor("supervisor.yichang", Hubei.YICHANG),
                Actors.observer("observer.wuhan", Hubei.WUHAN)}) {
            assertThatThrownBy(() -> attachments.list(outsider, item.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.download(outsider, item.id(), file.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attachments.attach(outsider, item.id(), pdf("y")))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(stored.all()).hasSize(1);
    }

    @Test
    void anAttachmentOfAnotherItemOrNoneAtAllIsNotFound() {
        LedgerItem item = openedItem();
        LedgerItem other = ledger.open(supervisor, item.appId(), LedgerCategory.SECURITY, "未完成等保测评");
        LedgerAttachment onOther = attachments.attach(owner, other.id(), pdf("other"));

        assertThatThrownBy(() -> attachments.download(owner, item.id(), onOther.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("台账事项 " + item.id() + " 没有编号为 " + onOther.id() + " 的附件");
        assertThatThrownBy(() -> attachments.download(owner, item.id(), 999L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.list(owner, 999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOwnerAttachesWhileTheItemWaitsForItNotWhileItsFixIsBeingVerified() {
        LedgerItem item = openedItem();
        attachments.attach(owner, item.id(), pdf("before"));
        ledger.reportFixed(owner, item.id(), "已删除签到功能");

        assertThatThrownBy(() -> attachments.attach(owner, item.id(), pdf("during")))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("REPORTED_FIXED");
                    assertThat(e.getMessage()).contains("“待核验”", "主办单位此时不能上传附件");
                });
        assertThat(attachments.mayAttach(owner, reload(item))).isEmpty();

        ledger.verify(reviewer, item.id(), false, "签到入口仍在");
        assertThat(attachments.attach(owner, item.id(), pdf("after")).uploadedAs()).isEqualTo(AttachmentCapacity.OWNER);
        assertThat(attachments.mayAttach(owner, reload(item))).contains(AttachmentCapacity.OWNER);
    }

    @Test
    void theVerifyingOfficesReviewerAttachesOnlyWhileVerifying() {
        LedgerItem item = openedItem();
        assertThatThrownBy(() -> attachments.attach(reviewer, item.id(), pdf("early")))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.getMessage()).contains("核验佐证只能在待核验时上传"));

        ledger.reportFixed(owner, item.id(), "已删除签到功能");
        LedgerAttachment found = attachments.attach(reviewer, item.id(), pdf("found"));
        assertThat(found.uploadedAs()).isEqualTo(AttachmentCapacity.VERIFIER);

        assertThatThrownBy(() -> attachments.attach(Actors.provinceReviewer(), item.id(), pdf("province")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("可以上传附件");
    }

    @Test
    void whoReportedTheFixBringsNoVerifiersEvidenceForIt() {
        LedgerItem item = openedItem();
        Actor both = Actors.applicantAndReviewer("dual.wuhan", Hubei.WUHAN_UNIT, Hubei.WUHAN);
        assertThat(attachments.attach(both, item.id(), pdf("own")).uploadedAs()).isEqualTo(AttachmentCapacity.OWNER);
        ledger.reportFixed(both, item.id(), "已整改");

        assertThatThrownBy(() -> attachments.attach(both, item.id(), pdf("verify")))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("主办单位此时不能上传附件");
    }

    @Test
    void theSupervisorAttachesUntilTheItemIsFinishedAndThenNobodyDoes() {
        LedgerItem item = openedItem();
        attachments.attach(supervisor, item.id(), pdf("open"));
        ledger.reportFixed(owner, item.id(), "已整改");
        attachments.attach(supervisor, item.id(), pdf("reported"));
        ledger.verify(reviewer, item.id(), true, null);

        for (Actor anyone : new Actor[] {supervisor, owner, reviewer}) {
            assertThatThrownBy(() -> attachments.attach(anyone, item.id(), pdf("late")))
                    .isInstanceOfSatisfying(StateConflictException.class, e -> {
                        assertThat(e.currentState()).isEqualTo("CLOSED");
                        assertThat(e.getMessage()).isEqualTo("台账事项已销号，记录已完结，不能再上传附件");
                    });
        }
        assertThat(attachments.list(owner, item.id())).hasSize(2);
    }

    @Test
    void theRevokedItemsRecordIsClosedToo() {
        LedgerItem item = openedItem();
        fx.clock.advance(Duration.ofDays(31));
        ledger.deadlinePassed(item.id());
        RevocationService revocations = new RevocationService(fx.apps, new ChangeService(fx.apps, fx.departments,
                new InMemoryChangeFilings(), fx.preCheck, ChangeSettings.defaults(), fx.clock), ledger, items,
                new NoticeService(new InMemoryNotices(), fx.clock), fx.clock);
        revocations.revokeForOverdueItem(supervisor, item.id(), "逾期未整改");
        assertThatThrownBy(() -> attachments.attach(supervisor, item.id(), pdf("late")))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("已撤销备案");
    }

    @Test
    void othersWhoSeeTheItemMayNotAttach() {
        LedgerItem item = openedItem();
        for (Actor onlyLooks : new Actor[] {Actors.admin("admin", Hubei.PROVINCE), Actors.provinceReviewer()}) {
            assertThatThrownBy(() -> attachments.attach(onlyLooks, item.id(), pdf("x")))
                    .isInstanceOf(ForbiddenException.class)
                    .hasMessage("只有主办单位的经办人、负责核验的网信部门审核员和辖区督查员可以上传附件");
            assertThat(attachments.mayAttach(onlyLooks, item)).isEmpty();
        }
        assertThat(attachments.mayAttach(supervisor, item)).contains(AttachmentCapacity.SUPERVISOR);
        assertThat(attachments.capacity(supervisor, item.id())).isEqualTo(AttachmentCapacity.SUPERVISOR);
        assertThatThrownBy(() -> attachments.capacity(Actors.yichangReviewer(), item.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(attachments.mayAttach(owner, item)).contains(AttachmentCapacity.OWNER);
        assertThat(stored.all()).isEmpty();
    }

    @Test
    void anItemHoldsAtMostTheConfiguredNumberOfFiles() {
        LedgerItem item = openedItem();
        for (int i = 0; i < 3; i++) {
            attachments.attach(owner, item.id(), pdf("n" + i));
        }
        assertThatThrownBy(() -> attachments.attach(supervisor, item.id(), pdf("fourth")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessage()).contains("最多 3 个附件", "已有 3 个");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
                });
        assertThat(stored.count(item.id())).isEqualTo(3);
        assertThat(items.steps(item.id())).filteredOn(s -> s.action().equals("上传附件")).hasSize(3);
    }

    @Test
    void theFileIsCheckedAgainstTheConfiguredLimit() {
        assertThatThrownBy(() -> attachments.check("大.pdf", null, SampleFiles.pdfOfSize((int) AttachmentSettings.MIB + 1)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("1 MB");
        assertThat(attachments.settings().maxPerRecord()).isEqualTo(3);
    }

    @Test
    void bytesThatNoLongerMatchTheirChecksumAreNeverHandedOut() {
        LedgerItem item = openedItem();
        LedgerAttachment saved = attachments.attach(owner, item.id(), pdf("x"));
        stored.corrupt(saved.id());

        assertThatIllegalStateException().isThrownBy(() -> attachments.download(owner, item.id(), saved.id()))
                .withMessageContaining(saved.sha256());
    }
}
