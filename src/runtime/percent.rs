//! printf-style formatting core (provisional; see percent_glue).
