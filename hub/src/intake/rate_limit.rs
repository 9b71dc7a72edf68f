//! A token bucket per client address, in a table of bounded size.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;
use std::time::Instant;

/// When the table is full, forget this share of it (the least recently
/// seen) at once, so a flood of new addresses costs one sweep per many
/// requests rather than one per request.
const EVICT_FRACTION: usize = 10;

struct Bucket {
    tokens: f64,
    updated: Instant,
}

pub(crate) struct RateLimiter {
    burst: f64,
    per_second: f64,
    capacity: usize,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

impl RateLimiter {
    pub(crate) fn new(burst: u32, per_second: f64, capacity: usize) -> RateLimiter {
        RateLimiter { burst: f64::from(burst), per_second, capacity, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one token for `client`, or says how many whole seconds to wait.
    pub(crate) fn take(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        let key = bucket_key(client);
        // A poisoned lock only means another request panicked mid-update;
        // the table is still usable.
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if !buckets.contains_key(&key) && buckets.len() >= self.capacity {
            self.evict(&mut buckets, now);
        }
        let bucket = buckets.entry(key).or_insert(Bucket { tokens: self.burst, updated: now });
        bucket.tokens = self.refilled(bucket, now);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - bucket.tokens) / self.per_second).ceil().max(1.0) as u64)
        }
    }

    /// Number of addresses remembered (for tests of the bound).
    #[cfg(test)]
    pub(crate) fn tracked(&self) -> usize {
        self.buckets.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    fn refilled(&self, bucket: &Bucket, now: Instant) -> f64 {
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        (bucket.tokens + elapsed * self.per_second).min(self.burst)
    }

    fn evict(&self, buckets: &mut HashMap<IpAddr, Bucket>, now: Instant) {
        // A full bucket is the same as no bucket: forgetting it loses nothing.
        buckets.retain(|_, b| self.refilled(b, now) < self.burst);
        if buckets.len() < self.capacity {
            return;
        }
        let mut times: Vec<Instant> = buckets.values().map(|b| b.updated).collect();
        let drop = (self.capacity / EVICT_FRACTION).max(1).min(times.len() - 1);
        let (_, cutoff, _) = times.select_nth_unstable(drop);
        let cutoff = *cutoff;
        buckets.retain(|_, b| b.updated > cutoff);
    }
}

/// IPv6 clients usually hold a whole /64, so they are limited per /64; an
/// IPv4 address mapped into IPv6 counts as the IPv4 address.
fn bucket_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn ip(n: u32) -> IpAddr {
        IpAddr::V4(std::net::Ipv4Addr::from(n))
    }

    #[test]
    fn a_burst_then_a_wait_then_one_more() {
        let limiter = RateLimiter::new(3, 0.5, 100);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.take(ip(1), t0), Ok(()));
        }
        assert_eq!(limiter.take(ip(1), t0), Err(2));
        assert_eq!(limiter.take(ip(2), t0), Ok(()), "another address has its own bucket");
        assert_eq!(limiter.take(ip(1), t0 + Duration::from_secs(2)), Ok(()));
    }

    #[test]
    fn the_table_never_grows_past_its_capacity() {
        let limiter = RateLimiter::new(2, 0.001, 50);
        let t0 = Instant::now();
        for n in 0..10_000u32 {
            let _ = limiter.take(ip(n), t0 + Duration::from_millis(u64::from(n)));
            assert!(limiter.tracked() <= 50);
        }
    }

    #[test]
    fn one_ipv6_prefix_shares_a_bucket() {
        let limiter = RateLimiter::new(1, 0.01, 10);
        let t0 = Instant::now();
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2::ffff".parse().unwrap();
        assert_eq!(limiter.take(a, t0), Ok(()));
        assert!(limiter.take(b, t0).is_err());
    }
}
