/**
 * The accounting identities (勾稽关系) of the 30号 report as Jakarta Bean Validation constraints,
 * with Hibernate Validator as provider. The rules arrive with the validation issue.
 */
module io.github.nianbao.validation {
  requires transitive io.github.nianbao.core;
  requires transitive jakarta.validation;
}
