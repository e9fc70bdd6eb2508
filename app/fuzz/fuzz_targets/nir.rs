//! Any input: the NIR parser never panics, and what it accepts is
//! canonical — 15 characters, a valid key, and a display form that parses
//! back to the same number.
#![no_main]

use app::domain::nir::{key_for, Nir};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(nir) = Nir::parse(input) {
        assert_eq!(nir.as_str().len(), 15);
        assert_eq!(
            key_for(nir.body()).map(|k| format!("{k:02}")).as_deref(),
            Some(nir.key())
        );
        assert_eq!(Nir::parse(&nir.display()), Ok(nir.clone()));
        let _ = (nir.sex(), nir.department(), nir.birth_month());
    }
});
