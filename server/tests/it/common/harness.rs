//! `TestApp`: the portal over a test's own database, driven in-process as
//! a browser would drive it (with or without JavaScript), so that a test
//! reads as the story it tells.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use sqlx::PgPool;
use tower::ServiceExt;

/// One answer: its status, headers and body as text.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Answer {
    /// Where a redirect leads.
    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default()
    }

    /// The `name=value` pair a `Set-Cookie` of this name carries, if any.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|c| c.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .and_then(|c| c.split(';').next())
            .map(str::to_string)
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

pub struct TestApp {
    pub pool: PgPool,
    pub router: axum::Router,
}

impl TestApp {
    /// The portal in demo mode.
    pub fn new(pool: &PgPool) -> Self {
        Self::in_mode(pool, app::domain::ins::Mode::Demo)
    }

    pub fn in_mode(pool: &PgPool, mode: app::domain::ins::Mode) -> Self {
        let options = server::web::leptos_options("target/site", "127.0.0.1:3000".parse().unwrap());
        Self::with_site(pool, mode, options)
    }

    /// The portal over a built site of the test's own making.
    pub fn with_site(
        pool: &PgPool,
        mode: app::domain::ins::Mode,
        leptos_options: leptos::config::LeptosOptions,
    ) -> Self {
        use server::web::{router, AppState};
        TestApp {
            pool: pool.clone(),
            router: router(AppState {
                leptos_options,
                pool: pool.clone(),
                services: app::services::Services::new(super::KEY.to_vec(), mode),
            }),
        }
    }

    /// A GET with the headers a browser would add (`accept-encoding`,
    /// `if-modified-since`…).
    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        Answer {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes,
        }
    }

    /// A page or a file, as a browser asks for it (with a cookie, or none).
    pub async fn get(&self, uri: &str, cookie: Option<&str>) -> Answer {
        let mut request = Request::get(uri).header("accept", "text/html");
        if let Some(c) = cookie {
            request = request.header("cookie", c);
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// A form posted without JavaScript, from the page `referer`.
    pub async fn post_form(
        &self,
        uri: &str,
        cookie: Option<&str>,
        referer: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", super::urlencode(k), super::urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut request = Request::post(uri)
            .header("accept", "text/html")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("referer", format!("http://127.0.0.1:3000{referer}"));
        if let Some(c) = cookie {
            request = request.header("cookie", c);
        }
        self.send(request.body(Body::from(body)).unwrap()).await
    }

    /// An existing account signed in with its password and the one-time
    /// code sent by e-mail: its session cookie, or `None` when refused.
    pub async fn sign_in(&self, login: &str, password: &str) -> Option<String> {
        use app::account::flow::{self, Cookie, Visit};
        let services =
            app::services::Services::new(super::KEY.to_vec(), app::domain::ins::Mode::Demo);
        let visit = Visit {
            address: String::new(),
            token: None,
            kiosk: false,
            workshop: None,
            practice: None,
            now: chrono::Utc::now(),
        };
        let o = flow::sign_in(&self.pool, &services, &visit, login, password)
            .await
            .unwrap();
        let Cookie::Set(token) = o.cookie else {
            return None;
        };
        let visit = Visit {
            token: Some(token),
            ..visit
        };
        let o = flow::send_code(&self.pool, &services, &visit, "email")
            .await
            .unwrap();
        o.result.as_ref().ok()?;
        let body: String = sqlx::query_scalar(
            "SELECT body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
        )
        .fetch_one(&self.pool)
        .await
        .unwrap();
        let o = flow::verify_code(&self.pool, &services, &visit, &super::six_digits(&body))
            .await
            .unwrap();
        match o.cookie {
            Cookie::Set(token) => Some(format!("{}={token}", app::session::patient::COOKIE)),
            _ => None,
        }
    }
}
