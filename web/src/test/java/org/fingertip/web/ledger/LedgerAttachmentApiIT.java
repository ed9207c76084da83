package org.fingertip.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fingertip.registry.attachment.AttachmentFile;
import org.fingertip.registry.testing.SampleFiles;
import org.fingertip.web.FingertipApplication;
import org.fingertip.web.support.ApiClient;
import org.fingertip.web.support.ApiResponse;
import org.fingertip.web.support.FilingSteps;
import org.fingertip.web.support.FormJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evidence files on a ledger item over real HTTP: the owner unit uploads a PDF and a PNG and everyone who sees the item
 * downloads the same bytes with their checksum; files of the wrong kind, empty or too large are refused with a Chinese
 * problem naming {@code file}; another jurisdiction gets 404, an observer 403; every file is a step of the item.
 */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerAttachmentApiIT {
    private static final String PDF = "application/pdf";
    private static final int MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    ApiClient api;
    FilingSteps steps;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        steps = new FilingSteps(api);
    }

    /** An item on a new filed app of applicant.wuhan's unit, opened by supervisor.wuhan; returns its id. */
    private long openItem() {
        long appId = steps.createAndSubmit("applicant.wuhan",
                FormJson.complete("420100-007", FormJson.uniqueName("附件城管通")));
        steps.approve("reviewer.wuhan", appId, "FIRST_REVIEW");
        steps.approve("reviewer.hubei", appId, "PROVINCIAL_REVIEW");
        return api.as("supervisor.wuhan").post("/api/ledger",
                Map.of("appId", appId, "category", "BURDEN", "finding", "要求网格员每日签到并排名"))
                .expectJson(201).json().path("id").asLong();
    }

    private static String path(long itemId) {
        return "/api/ledger/" + itemId + "/attachments";
    }

    private ApiResponse upload(String user, long itemId, String name, String contentType, byte[] content) {
        return api.as(user).postFile(path(itemId), "file", name, contentType, content);
    }

    @Test
    void theOwnerUploadsAPdfAndAPngAndEveryoneWhoSeesTheItemDownloadsTheSameBytes() {
        long itemId = openItem();
        byte[] pdf = SampleFiles.pdf("item " + itemId);
        byte[] png = SampleFiles.png();

        ApiResponse created = upload("applicant.wuhan", itemId, "整改报告（第二版）.pdf", PDF, pdf).expectJson(201);
        JsonNode report = created.json();
        assertThat(report.path("name").asText()).isEqualTo("整改报告（第二版）.pdf");
        assertThat(report.path("contentType").asText()).isEqualTo(PDF);
        assertThat(report.path("type").asText()).isEqualTo("PDF");
        assertThat(report.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(report.path("sha256").asText()).isEqualTo(AttachmentFile.sha256Hex(pdf));
        assertThat(report.path("uploadedBy").asText()).isEqualTo("applicant.wuhan");
        assertThat(report.path("uploadedAs").asText()).isEqualTo("OWNER");
        assertThat(report.path("uploadedAt").asText()).isNotBlank();
        String reportPath = path(itemId) + "/" + report.path("id").asLong();
        assertThat(created.header("Location")).hasValue(reportPath);
        assertThat(report.path("href").asText()).isEqualTo(reportPath);

        JsonNode screenshot = upload("applicant.wuhan", itemId, "删除签到入口截图.png", "application/octet-stream", png)
                .expectJson(201).json();
        assertThat(screenshot.path("contentType").asText()).isEqualTo("image/png");

        for (String viewer : List.of("applicant.wuhan", "reviewer.wuhan", "reviewer.hubei", "supervisor.wuhan",
                "supervisor.hubei", "admin")) {
            JsonNode list = api.as(viewer).get(path(itemId)).expectJson(200).json();
            assertThat(list.findValuesAsText("name")).as(viewer).containsExactly("整改报告（第二版）.pdf", "删除签到入口截图.png");
        }

        ApiClient.Download file = api.as("reviewer.wuhan").download(reportPath);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(AttachmentFile.sha256Hex(file.body())).isEqualTo(report.path("sha256").asText());
        assertThat(file.header("Content-Type")).hasValue(PDF);
        assertThat(file.header("Content-Length")).hasValue(String.valueOf(pdf.length));
        assertThat(file.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("整改报告（第二版）.pdf", StandardCharsets.UTF_8)));
        assertThat(file.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.header("ETag")).hasValue("\"" + AttachmentFile.sha256Hex(pdf) + "\"");
        byte[] digest = HexFormat.of().parseHex(AttachmentFile.sha256Hex(pdf));
        assertThat(file.header("Repr-Digest")).hasValue("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");

        ApiClient.Download image = api.as("admin").download(screenshot.path("href").asText());
        assertThat(image.body()).isEqualTo(png);
        assertThat(image.header("Content-Type")).hasValue("image/png");

        // every upload is a step of the item, with the file's name and checksum; the state stays
        JsonNode item = api.as("supervisor.wuhan").get("/api/ledger/" + itemId).expectJson(200).json();
        assertThat(item.path("state").asText()).isEqualTo("OPEN");
        List<JsonNode> uploads = new ArrayList<>();
        item.path("steps").forEach(s -> {
            if (s.path("action").asText().equals("上传附件")) {
                uploads.add(s);
            }
        });
        assertThat(uploads).hasSize(2);
        assertThat(uploads.get(0).path("note").asText()).contains("整改报告（第二版）.pdf", AttachmentFile.sha256Hex(pdf));
        assertThat(uploads.get(0).path("actor").asText()).isEqualTo("applicant.wuhan");
        assertThat(uploads.get(1).path("note").asText()).contains("删除签到入口截图.png", AttachmentFile.sha256Hex(png));
    }

    @Test
    void aTextFileNamedPdfIsRefusedWithAChineseMessageAndNothingIsStored() {
        long itemId = openItem();

        ApiResponse fake = upload("applicant.wuhan", itemId, "整改报告.pdf", PDF, SampleFiles.text()).expectProblem(415);
        fake.assertNamesField("file");
        assertThat(fake.detail()).contains("“整改报告.pdf”", "扩展名是 .pdf", "内容不是 PDF 文档");

        ApiResponse misnamed = upload("applicant.wuhan", itemId, "截图.pdf", PDF, SampleFiles.png()).expectProblem(400);
        misnamed.assertNamesField("file");
        assertThat(misnamed.detail()).contains("内容是 PNG 图片，与扩展名 .pdf 不符");

        ApiResponse claimed = upload("applicant.wuhan", itemId, "截图.png", PDF, SampleFiles.png()).expectProblem(400);
        assertThat(claimed.detail()).contains("与声明的类型 application/pdf 不符");

        ApiResponse macros = upload("applicant.wuhan", itemId, "整改方案.docx", null, SampleFiles.docm())
                .expectProblem(415);
        assertThat(macros.detail()).contains("含宏");

        upload("applicant.wuhan", itemId, "旧版方案.doc", null, SampleFiles.oldOffice()).expectProblem(415)
                .assertNamesField("file");

        assertThat(api.as("applicant.wuhan").get(path(itemId)).expectJson(200).json()).isEmpty();
    }

    @Test
    void anEmptyFileIsABadRequestAndAFileOverTenMegabytesIsTooLarge() {
        long itemId = openItem();

        ApiResponse empty = upload("applicant.wuhan", itemId, "空文件.pdf", PDF, new byte[0]).expectProblem(400);
        empty.assertNamesField("file");
        assertThat(empty.detail()).contains("是空的（0 字节）");

        ApiResponse tooLarge = upload("applicant.wuhan", itemId, "扫描件.pdf", PDF, SampleFiles.pdfOfSize(10 * MIB + 1))
                .expectProblem(413);
        tooLarge.assertNamesField("file");
        assertThat(tooLarge.detail()).contains("10 MB");

        byte[] atTheLimit = SampleFiles.pdfOfSize(10 * MIB);
        JsonNode accepted = upload("applicant.wuhan", itemId, "扫描件.pdf", PDF, atTheLimit).expectJson(201).json();
        assertThat(accepted.path("size").asLong()).isEqualTo(10L * MIB);
        assertThat(api.as("applicant.wuhan").download(accepted.path("href").asText()).body()).isEqualTo(atTheLimit);

        api.as("applicant.wuhan").postFile(path(itemId), "document", "报告.pdf", PDF, SampleFiles.pdf())
                .expectProblem(400).assertNamesField("file");
        api.as("applicant.wuhan").post(path(itemId)).expectProblem(400).assertNamesField("file");
    }

    @Test
    void anotherJurisdictionFindsNothingAndAnObserverMayNotAsk() {
        long itemId = openItem();
        String file = upload("applicant.wuhan", itemId, "整改报告.pdf", PDF, SampleFiles.pdf()).expectJson(201).json()
                .path("href").asText();

        for (String outsider : List.of("applicant.yichang", "reviewer.yichang", "applicant.hubei")) {
            upload(outsider, itemId, "越权上传.pdf", PDF, SampleFiles.pdf()).expectProblem(404);
            api.as(outsider).get(path(itemId)).expectProblem(404);
            assertThat(api.as(outsider).download(file).asResponse().expectProblem(404).detail())
                    .contains("未找到编号为 " + itemId + " 的台账事项");
        }
        for (ApiResponse refused : List.of(
                upload("observer.wuhan", itemId, "观察员.pdf", PDF, SampleFiles.pdf()),
                api.as("observer.wuhan").get(path(itemId)),
                api.as("observer.wuhan").download(file).asResponse())) {
            refused.expectProblem(403);
            assertThat(refused.detail()).contains("您的角色无权");
        }
        api.anonymous().get(path(itemId)).expectProblem(401);
        assertThat(api.as("applicant.wuhan").get(path(itemId)).expectJson(200).json()).hasSize(1);
    }

    @Test
    void whoMayAttachFollowsTheItemsStateAndNothingIsAttachedOnceItIsClosed() {
        long itemId = openItem();
        // those who only look
        upload("admin", itemId, "管理员.pdf", PDF, SampleFiles.pdf()).expectProblem(403);
        ApiResponse province = upload("reviewer.hubei", itemId, "省网信办.pdf", PDF, SampleFiles.pdf()).expectProblem(403);
        assertThat(province.detail()).doesNotContain("您的角色无权").contains("可以上传附件");
        // the verifier's evidence belongs to verification
        assertThat(upload("reviewer.wuhan", itemId, "核验.pdf", PDF, SampleFiles.pdf()).expectProblem(409).detail())
                .contains("核验佐证只能在待核验时上传");
        upload("supervisor.wuhan", itemId, "督查发现.png", "image/png", SampleFiles.png()).expectJson(201);

        api.as("applicant.wuhan").post("/api/ledger/" + itemId + "/report-fixed", Map.of("evidence", "已删除签到功能"))
                .expectJson(200);
        ApiResponse during = upload("applicant.wuhan", itemId, "补充.pdf", PDF, SampleFiles.pdf()).expectProblem(409);
        assertThat(during.json().path("currentState").asText()).isEqualTo("REPORTED_FIXED");
        assertThat(upload("reviewer.wuhan", itemId, "核验截图.jpg", "image/jpeg", SampleFiles.jpeg()).expectJson(201)
                .json().path("uploadedAs").asText()).isEqualTo("VERIFIER");

        api.as("reviewer.wuhan").post("/api/ledger/" + itemId + "/verify", Map.of("accepted", true, "comment", "核验通过"))
                .expectJson(200);
        for (String user : List.of("applicant.wuhan", "reviewer.wuhan", "supervisor.wuhan")) {
            assertThat(upload(user, itemId, "销号后.pdf", PDF, SampleFiles.pdf()).expectProblem(409).detail())
                    .contains("已销号", "不能再上传附件");
        }
        assertThat(api.as("supervisor.wuhan").get(path(itemId)).expectJson(200).json().findValuesAsText("uploadedAs"))
                .containsExactly("SUPERVISOR", "VERIFIER");
    }

    @Test
    void anItemTakesAtMostTwentyFiles() {
        long itemId = openItem();
        for (int i = 1; i <= 20; i++) {
            upload("applicant.wuhan", itemId, "佐证" + i + ".pdf", PDF, SampleFiles.pdf("n" + i)).expectJson(201);
        }
        ApiResponse full = upload("supervisor.wuhan", itemId, "第21个.pdf", PDF, SampleFiles.pdf()).expectProblem(422);
        full.assertNamesField("file");
        assertThat(full.detail()).contains("最多 20 个附件");
        assertThat(api.as("supervisor.wuhan").get(path(itemId)).expectJson(200).json()).hasSize(20);
    }

    @Test
    void unknownAndForeignAttachmentIdsAreNotFoundAndMalformedOnesNameTheParameter() {
        long itemId = openItem();
        long otherItem = openItem();
        long onOther = upload("applicant.wuhan", otherItem, "别的事项.pdf", PDF, SampleFiles.pdf()).expectJson(201)
                .json().path("id").asLong();

        api.as("applicant.wuhan").download(path(itemId) + "/" + onOther).asResponse().expectProblem(404);
        api.as("applicant.wuhan").download(path(itemId) + "/987654321987").asResponse().expectProblem(404);
        api.as("applicant.wuhan").download(path(987654321987L) + "/" + onOther).asResponse().expectProblem(404);
        api.as("applicant.wuhan").download(path(itemId) + "/abc").asResponse().expectProblem(400)
                .assertNamesField("attachmentId");
        api.as("applicant.wuhan").get("/api/ledger/abc/attachments").expectProblem(400).assertNamesField("id");
        // files are never deleted nor replaced
        assertThat(api.as("supervisor.wuhan").send("DELETE", path(otherItem) + "/" + onOther, null).status())
                .isEqualTo(405);
        assertThat(api.as("supervisor.wuhan").send("PUT", path(otherItem) + "/" + onOther, null).status())
                .isEqualTo(405);
    }

    @Test
    void theOpenApiDescriptionShowsTheUploadAsMultipartWithItsProblems() {
        JsonNode docs = api.anonymous().get("/v3/api-docs").expectJson(200).json();
        JsonNode attachments = docs.path("paths").path("/api/ledger/{id}/attachments");
        JsonNode upload = attachments.path("post");
        JsonNode body = upload.path("requestBody").path("content");
        assertThat(body.fieldNames()).toIterable().as("%s", upload).containsExactly("multipart/form-data");
        String form = body.path("multipart/form-data").path("schema").path("$ref").asText();
        assertThat(docs.at(form.substring(1)).path("properties").path("file").path("format").asText())
                .as("%s", form).isEqualTo("binary");
        assertThat(upload.path("responses").fieldNames()).toIterable()
                .contains("201", "400", "403", "404", "409", "413", "415", "422");
        assertThat(upload.path("description").asText()).contains("SHA-256");
        assertThat(attachments.path("get").isMissingNode()).isFalse();
        JsonNode download = docs.path("paths").path("/api/ledger/{id}/attachments/{attachmentId}").path("get");
        assertThat(download.path("responses").path("200").path("content").fieldNames()).toIterable()
                .contains("application/octet-stream");
        assertThat(docs.path("paths").path("/api/ledger/{id}/attachments/{attachmentId}").has("delete")).isFalse();
    }
}
