/**
 * jqwik support for users' property tests: generators of valid reports built by construction and of
 * reports that break exactly one rule at one place. Needs jqwik 1.9.3 on the test class path (an
 * optional dependency of {@code nianbao-validation}).
 */
package io.github.nianbao.validation.jqwik;
