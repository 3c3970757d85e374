package dev.exobindings.metadata.docs;

/**
 * What the docs importer read, for the snapshot header and for cross-checking against the corpus analysis.
 *
 * @param pages                                 cmdlet pages read (SOURCE.md excluded)
 * @param exchangeOnlinePages                   pages whose front matter lists Exchange Online
 * @param securityCompliancePages               pages whose front matter lists Security &amp; Compliance
 * @param parameterSections                     {@code ### -Name} sections in all pages (duplicates included)
 * @param exchangeOnlineParameterSections       {@code ### -Name} sections in Exchange Online pages whose own
 *                                              applicability lists Exchange Online (Confirm/WhatIf included)
 * @param exchangeOnlineParameters              parameters of the Exchange Online cmdlets (no Confirm/WhatIf, no
 *                                              duplicates, syntax-only parameters included)
 * @param securityComplianceParameters          parameters of the S&amp;C cmdlets, counted the same way
 * @param exchangeOnlineInternalParameters      Exchange Online parameters flagged internal
 * @param exchangeOnlineDeprecatedParameters    Exchange Online parameters flagged deprecated
 * @param exchangeOnlineAcceptedValuesParameters Exchange Online parameters with a yaml {@code Accepted values:} list
 * @param exchangeOnlineProseValuesParameters   Exchange Online parameters with a prose value list
 */
public record DocsCounts(int pages, int exchangeOnlinePages, int securityCompliancePages, int parameterSections,
                         int exchangeOnlineParameterSections, int exchangeOnlineParameters,
                         int securityComplianceParameters, int exchangeOnlineInternalParameters,
                         int exchangeOnlineDeprecatedParameters, int exchangeOnlineAcceptedValuesParameters,
                         int exchangeOnlineProseValuesParameters) {
}
