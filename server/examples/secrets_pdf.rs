//! How long the document des secrets takes to write, in-process: the
//! median and the 99th percentile of 1 000 documents, after a warm-up.
//! Run by `./scripts/bench` (`cargo run --release --example secrets_pdf`).

use app::opening::secrets_pdf::{document_des_secrets, Secrets};
use std::time::{Duration, Instant};

fn main() {
    let created_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("a date");
    let secrets = Secrets {
        full_name: "JEAN-BAPTISTE Léa",
        created_on,
        ins: "2 83 01 97 112 005 50",
        insc: Some("0123456789012345678901"),
        representative: None,
        login: Some("k7m3p9tx"),
        initial_password: Some("Xq7-Pm2k-Rt9w"),
        site: "https://www.dmp.example",
        lang: app::i18n::Lang::Fr,
    };
    for _ in 0..50 {
        std::hint::black_box(document_des_secrets(&secrets));
    }
    let mut times: Vec<Duration> = (0..1000)
        .map(|_| {
            let start = Instant::now();
            let pdf = document_des_secrets(std::hint::black_box(&secrets));
            let took = start.elapsed();
            std::hint::black_box(pdf);
            took
        })
        .collect();
    times.sort();
    let bytes = document_des_secrets(&secrets).len();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "\nDocument des secrets ({bytes} bytes), 1 000 in one process: median {:.2} ms, p99 {:.2} ms, max {:.2} ms.",
        ms(times[500]),
        ms(times[989]),
        ms(times[999])
    );
}
