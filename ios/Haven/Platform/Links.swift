// Opening what the view models link to (tel:, sms:, https:, mailto:) and
// the neutral exit page. Haven itself never goes online.
import UIKit

enum Links {
    private static let allowed: Set<String> = ["tel", "sms", "https", "mailto"]

    @MainActor
    static func open(_ uri: String) {
        guard let url = URL(string: uri), let scheme = url.scheme?.lowercased(), allowed.contains(scheme) else { return }
        UIApplication.shared.open(url)
    }
}
