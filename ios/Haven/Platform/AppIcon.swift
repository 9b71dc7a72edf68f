// Switches the home-screen icon to the chosen disguise. iOS can change an
// app's icon at run time but not its name, and tells the user with an
// alert it shows itself.
import UIKit

enum AppIcon {
    /// Alternate icon names (Assets.xcassets) by `DisguiseChoice.id`; Haven's own is the primary (nil).
    static let names: [String: String] = [
        "calculator": "AppIcon-calculator",
        "notes": "AppIcon-notes",
        "weather": "AppIcon-weather",
    ]

    @MainActor
    static func apply(disguiseId: String) {
        guard UIApplication.shared.supportsAlternateIcons else { return }
        let name = names[disguiseId]
        guard UIApplication.shared.alternateIconName != name else { return }
        UIApplication.shared.setAlternateIconName(name) { _ in
            // A failure leaves the previous icon; the core's setting stands, and the next change retries.
        }
    }
}
