package dev.exobindings.sample;

/** The columns of a compliance search the sample reads ({@code $select=Name,Status,ContentMatchQuery}). */
public record ComplianceSearchRow(String name, String status, String contentMatchQuery) {
}
