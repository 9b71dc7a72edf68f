// The background-network preference ("Wi-Fi only") through the bindings:
// kept across a restart and a lock, reset by a wipe, shown on the safety
// screen with its labels, out of reach while locked.
package org.haven.journeys

import org.haven.core.BackgroundNetwork
import org.haven.core.HavenException
import org.haven.core.UnlockOutcome

private const val CODE = "2468"

fun backgroundNetworkJourneys(r: Runner) {
    r.journey("Wi-Fi only is saved, outlives a restart and shows on the safety screen") {
        val fixture = Fixture()
        try {
            fixture.open().use { haven ->
                check(haven.backgroundNetwork() == BackgroundNetwork.ANY_NETWORK) { "any network by default" }
                val toggle = haven.safetyView().backgroundNetwork
                check(!toggle.wifiOnly && toggle.choice == BackgroundNetwork.ANY_NETWORK) { "the toggle is off: $toggle" }
                haven.setBackgroundNetwork(BackgroundNetwork.UNMETERED)
            }
            fixture.open().use { again ->
                check(again.backgroundNetwork() == BackgroundNetwork.UNMETERED) { "read back after a restart" }
                val toggle = again.safetyView().backgroundNetwork
                check(toggle.wifiOnly && toggle.choice == BackgroundNetwork.UNMETERED) { "the toggle is on: $toggle" }
                check(toggle.label == "Background updates on Wi-Fi only") { "label: ${toggle.label}" }
                check(toggle.description.contains("mobile data")) { "description: ${toggle.description}" }
                check(toggle.accessibilityLabel.contains("uses no mobile data")) { "spoken: ${toggle.accessibilityLabel}" }
            }
        } finally {
            fixture.dir.deleteRecursively()
        }
    }

    r.journey("Wi-Fi only survives lock and unlock; while locked it raises HavenException.Locked") {
        Fixture().use { haven ->
            haven.setBackgroundNetwork(BackgroundNetwork.UNMETERED)
            haven.setUnlockCode(null, CODE, false)
            haven.lock()
            expectThrows<HavenException.Locked> { haven.backgroundNetwork() }
            expectThrows<HavenException.Locked> { haven.setBackgroundNetwork(BackgroundNetwork.ANY_NETWORK) }
            check(haven.unlock(CODE) == UnlockOutcome.Unlocked) { "unlocked" }
            check(haven.backgroundNetwork() == BackgroundNetwork.UNMETERED) { "kept, and the refused change did nothing" }
        }
    }

    r.journey("a panic wipe puts background work back on any network") {
        Fixture().use { haven ->
            haven.setBackgroundNetwork(BackgroundNetwork.UNMETERED)
            haven.wipe()
            check(haven.backgroundNetwork() == BackgroundNetwork.ANY_NETWORK) { "the user's choice went with the wipe" }
            check(!haven.safetyView().backgroundNetwork.wifiOnly) { "the toggle is off again" }
        }
    }

    r.journey("the toggle's labels follow the user's language") {
        Fixture().use { haven ->
            haven.setLanguage("uk")
            val toggle = haven.safetyView().backgroundNetwork
            check(toggle.label == "Фонові оновлення лише через Wi-Fi") { "Ukrainian label: ${toggle.label}" }
            check(toggle.description.isNotBlank() && toggle.accessibilityLabel.isNotBlank()) { "all worded" }
        }
    }
}
