module com.example.reports {
  requires io.github.nianbao.validation;     // and io.github.nianbao.serialization …
  requires io.github.nianbao.serialization;
  opens com.example.reports.rules to org.hibernate.validator;  // your ConstraintValidators
}
