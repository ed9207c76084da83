package org.fingertip.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.attachment.AttachmentSettings;
import org.fingertip.registry.attachment.AttachmentType;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.ledger.AttachmentCapacity;
import org.fingertip.registry.ledger.LedgerAttachment;
import org.fingertip.registry.ledger.LedgerAttachments;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.testing.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

@SpringBootTest
class MyBatisLedgerAttachmentsIT {
    @Autowired
    LedgerAttachments attachments;
    @Autowired
    LedgerAttachmentMapper mapper;
    @Autowired
    LedgerItems ledger;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private LedgerItem openItem() {
        String code = TestTree.code();
        App app = apps.save(TestApps.filed(completeForm(tree.cityUnit, "附件测试应用" + code), tree.cityUnit,
                "鄂政应备附件" + code + "号", at(0)));
        return ledger.save(LedgerItem.open(app.id(), app.displayName(), tree.cityUnit, LedgerCategory.BURDEN,
                "强制每日签到", LedgerSource.SUPERVISOR, null, "supervisor.x", at(0), LedgerSettings.defaults()));
    }

    private LedgerAttachment add(LedgerItem item, String name, byte[] content, int minute) {
        AttachmentFile file = AttachmentFile.check(name, null, content, AttachmentSettings.defaults());
        return attachments.add(new LedgerAttachment(null, item.id(), file.name(), file.type(), file.size(),
                file.sha256(), AttachmentCapacity.OWNER, "zhang.san", at(minute)), file.content());
    }

    @Test
    void givenAStoredFile_thenItsBytesAndChecksumReadBackUnchanged() {
        LedgerItem item = openItem();
        byte[] png = SampleFiles.png();

        LedgerAttachment saved = add(item, "删除签到功能截图（终版）🙂.png", png, 5);

        assertThat(saved.id()).isNotNull();
        LedgerAttachment read = attachments.byId(item.id(), saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.name()).isEqualTo("删除签到功能截图（终版）🙂.png");
        assertThat(read.type()).isEqualTo(AttachmentType.PNG);
        assertThat(read.uploadedAt()).isEqualTo(at(5));
        byte[] content = attachments.content(item.id(), saved.id()).orElseThrow();
        assertThat(content).isEqualTo(png);
        assertThat(AttachmentFile.sha256Hex(content)).isEqualTo(read.sha256()).isEqualTo(AttachmentFile.sha256Hex(png));
    }

    @Test
    void givenAFileAtTheDefaultLimit_thenItIsStoredWholeInPartsOfOneMebibyte() {
        LedgerItem item = openItem();
        // hex-encoded in one statement this would be a 20 MiB packet: over MariaDB's default max_allowed_packet
        byte[] big = SampleFiles.jpegOfSize((int) AttachmentSettings.defaults().maxBytes());
        big[big.length - 1] = 42;

        LedgerAttachment saved = add(item, "现场照片.jpg", big, 1);

        byte[] content = attachments.content(item.id(), saved.id()).orElseThrow();
        assertThat(content.length).isEqualTo(big.length);
        assertThat(content).isEqualTo(big);
        assertThat(AttachmentFile.sha256Hex(content)).isEqualTo(saved.sha256());
        assertThat(saved.size()).isEqualTo(10L * 1024 * 1024);
        assertThat(mapper.parts(item.id(), saved.id())).extracting(p -> p.partNo)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void givenAFileNotAWholeNumberOfParts_thenTheLastPartHoldsTheRest() {
        LedgerItem item = openItem();
        byte[] odd = SampleFiles.pdfOfSize(MyBatisLedgerAttachments.PART_SIZE + 17);
        odd[odd.length - 1] = '\n';

        LedgerAttachment saved = add(item, "整改报告.pdf", odd, 1);

        assertThat(mapper.parts(item.id(), saved.id())).extracting(p -> p.content.length)
                .containsExactly(MyBatisLedgerAttachments.PART_SIZE, 17);
        assertThat(attachments.content(item.id(), saved.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(odd));
    }

    @Test
    void givenSeveralFiles_thenTheListIsOldestFirstWithoutTheBytesAndCountsThem() {
        LedgerItem item = openItem();
        LedgerItem other = openItem();
        LedgerAttachment first = add(item, "整改报告.pdf", SampleFiles.pdf("one"), 1);
        LedgerAttachment second = add(item, "整改方案.docx", SampleFiles.docx(), 2);
        add(other, "别的事项.pdf", SampleFiles.pdf("two"), 3);

        assertThat(attachments.ofItem(item.id())).containsExactly(first, second);
        assertThat(attachments.count(item.id())).isEqualTo(2);
        assertThat(attachments.count(other.id())).isEqualTo(1);
    }

    @Test
    void givenAnotherItemsAttachmentId_thenNothingIsFound() {
        LedgerItem item = openItem();
        LedgerItem other = openItem();
        LedgerAttachment onOther = add(other, "别的事项.pdf", SampleFiles.pdf(), 1);

        assertThat(attachments.byId(item.id(), onOther.id())).isEmpty();
        assertThat(attachments.content(item.id(), onOther.id())).isEmpty();
        assertThat(attachments.byId(other.id(), onOther.id())).isPresent();
    }

    @Test
    void givenAnUnknownItem_thenTheForeignKeyRefusesTheFile() {
        LedgerAttachment orphan = new LedgerAttachment(null, 987654321987L, "孤儿.pdf", AttachmentType.PDF, 3,
                AttachmentFile.sha256Hex(new byte[] {1, 2, 3}), AttachmentCapacity.OWNER, "zhang.san", at(0));
        assertThatThrownBy(() -> attachments.add(orphan, new byte[] {1, 2, 3}))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
