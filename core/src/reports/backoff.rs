//! Retry delays: exponential, capped, with "equal jitter" (half fixed, half
//! random) so phones that regain signal together do not retry in step.

use std::time::Duration;

/// The wait before retry number `attempt` (1 = after the first failure):
/// `first * 2^(attempt-1)`, at most `max`, then between half and all of it.
pub fn delay(attempt: u32, first: Duration, max: Duration, random_fraction: f64) -> Duration {
    let doublings = attempt.saturating_sub(1).min(30);
    let full = first.saturating_mul(1u32 << doublings).min(max);
    full / 2 + full.mul_f64(random_fraction.clamp(0.0, 1.0) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap_and_keep_half_fixed() {
        let (first, max) = (Duration::from_secs(2), Duration::from_secs(60));
        assert_eq!(delay(1, first, max, 1.0), Duration::from_secs(2));
        assert_eq!(delay(1, first, max, 0.0), Duration::from_secs(1));
        assert_eq!(delay(3, first, max, 1.0), Duration::from_secs(8));
        assert_eq!(delay(10, first, max, 1.0), max);
        assert_eq!(delay(u32::MAX, first, max, 0.0), max / 2);
        let d = delay(4, first, max, 0.5);
        assert!(d > Duration::from_secs(8) && d < Duration::from_secs(16));
    }
}
