package io.github.nianbao.core.internal;

import io.github.nianbao.core.IncompleteValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project-wide Immutables style: an abstract type {@code AbstractFoo} generates the public
 * immutable class {@code Foo}, with JDK collections only, and a builder that is missing a mandatory
 * attribute throws {@link IncompleteValueException} naming the attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    jdk9Collections = true,
    throwForInvalidImmutableState = IncompleteValueException.class,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    privateNoargConstructor = false)
public @interface NianbaoStyle {}
