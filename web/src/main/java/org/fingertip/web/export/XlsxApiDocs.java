package org.fingertip.web.export;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description of every {@link XlsxResponse} handler: its 200 answer is a binary .xlsx file (the handler
 * writes the response itself, so springdoc sees no return type), its errors problem+json like the rest of the API.
 */
@Component
class XlsxApiDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (!handlerMethod.hasMethodAnnotation(XlsxResponse.class)) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.addApiResponse("200", new ApiResponse()
                .description("Excel 工作簿（.xlsx）：标题、筛选条件、导出时间与导出人、表头，然后是与列表 total 相同行数的数据；"
                        + "日期为日期单元格（北京时间）。Content-Disposition 为 attachment，文件名为 UTF-8（filename*）。")
                .content(new Content().addMediaType(XlsxExports.MEDIA_TYPE,
                        new MediaType().schema(new StringSchema().format("binary")))));
        return operation.responses(responses);
    }
}
