/**
 * The JSON format of the annual report: {@link io.github.nianbao.serialization.json.JsonFormat},
 * the {@code json} {@link io.github.nianbao.serialization.ReportFormat}, and {@link
 * io.github.nianbao.serialization.json.NianbaoJsonModule}, the Jackson module that users register
 * on their own {@code ObjectMapper}.
 */
package io.github.nianbao.serialization.json;
