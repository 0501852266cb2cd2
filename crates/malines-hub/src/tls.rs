//! The mutual-TLS accept loop: rustls refuses a client without a certificate of the
//! federation CA during the handshake; the verified certificate's identity is put in every
//! request of the connection as a [`Peer`], for the [`crate::api::Member`] extractor to
//! admit against the directory.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use malines_pki::PeerIdentity;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

/// The verified identity of the client of a connection.
#[derive(Debug, Clone)]
pub struct Peer(pub PeerIdentity);

/// Serves `app` on `listener` with `tls` (which must require client certificates) until
/// `stop` turns true; open connections are then closed too.
pub async fn serve(
    listener: TcpListener,
    tls: Arc<rustls::ServerConfig>,
    app: Router,
    mut stop: watch::Receiver<bool>,
) {
    let acceptor = TlsAcceptor::from(tls);
    loop {
        let (tcp, addr) = tokio::select! {
            _ = stopped(&mut stop) => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let acceptor = acceptor.clone();
        let app = app.clone();
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let stream =
                match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await {
                    Ok(Ok(s)) => s,
                    Ok(Err(e)) => {
                        tracing::info!(%addr, error = %e, "TLS handshake refused");
                        return;
                    }
                    Err(_) => {
                        tracing::info!(%addr, "TLS handshake timed out");
                        return;
                    }
                };
            let peer = stream
                .get_ref()
                .1
                .peer_certificates()
                .and_then(|c| c.first())
                .and_then(|c| malines_pki::peer_identity(c).ok());
            let Some(peer) = peer else {
                tracing::info!(%addr, "client certificate without a member identity");
                return;
            };
            let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
                req.extensions_mut().insert(Peer(peer.clone()));
                app.clone().oneshot(req)
            });
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                r = conn => if let Err(e) = r {
                    tracing::debug!(%addr, error = %e, "connection ended with an error");
                },
                _ = stopped(&mut stop) => {}
            }
        });
    }
}

/// A hub serving on a socket.
#[derive(Debug)]
pub struct Running {
    pub addr: std::net::SocketAddr,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Binds `listen` (port 0: any free port) and serves the hub's API there over mutual TLS.
    pub async fn start(
        hub: Arc<crate::Hub>,
        tls: rustls::ServerConfig,
        listen: std::net::SocketAddr,
    ) -> std::io::Result<Running> {
        let listener = TcpListener::bind(listen).await?;
        let addr = listener.local_addr()?;
        let (stop, rx) = watch::channel(false);
        let app = crate::api::router(hub);
        let task = tokio::spawn(serve(listener, Arc::new(tls), app, rx));
        Ok(Running { addr, stop, task })
    }

    /// The base URL of the API.
    pub fn url(&self) -> String {
        format!("https://{}", self.addr)
    }

    /// Stops accepting and closes every open connection.
    pub async fn stop(self) {
        self.stop.send_replace(true);
        let _ = self.task.await;
    }
}

/// Completes once `stop` turns true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await.map(|_| ());
}
