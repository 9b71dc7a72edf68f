"""The background-network preference ("Wi-Fi only") through the bindings."""

import haven
from runner import Fixture, check, expect_raises

BackgroundNetwork = haven.BackgroundNetwork
HavenError = haven.HavenError
CODE = "2468"


def run(r):
    def wifi_only_outlives_a_restart_and_shows_on_the_safety_screen():
        with Fixture() as f:
            app = f.open()
            check(app.background_network() == BackgroundNetwork.ANY_NETWORK, "any network by default")
            check(not app.safety_view().background_network.wifi_only, "the toggle is off")
            app.set_background_network(BackgroundNetwork.UNMETERED)
            app.close_store()
            again = f.open()
            check(again.background_network() == BackgroundNetwork.UNMETERED, "read back after a restart")
            toggle = again.safety_view().background_network
            check(toggle.wifi_only and toggle.choice == BackgroundNetwork.UNMETERED, f"the toggle is on: {toggle}")
            check(toggle.label == "Background updates on Wi-Fi only", f"label: {toggle.label}")
            check("mobile data" in toggle.description, f"description: {toggle.description}")
            check("uses no mobile data" in toggle.accessibility_label, f"spoken: {toggle.accessibility_label}")

    def wifi_only_survives_lock_and_unlock():
        with Fixture() as f:
            app = f.open()
            app.set_background_network(BackgroundNetwork.UNMETERED)
            app.set_unlock_code(None, CODE, False)
            app.lock()
            expect_raises(HavenError.Locked, app.background_network)
            expect_raises(HavenError.Locked, lambda: app.set_background_network(BackgroundNetwork.ANY_NETWORK))
            check(app.unlock(CODE).is_unlocked(), "unlocked")
            check(app.background_network() == BackgroundNetwork.UNMETERED, "kept, and the refused change did nothing")

    def a_wipe_resets_it_to_any_network():
        with Fixture() as f:
            app = f.open()
            app.set_background_network(BackgroundNetwork.UNMETERED)
            app.wipe()
            check(app.background_network() == BackgroundNetwork.ANY_NETWORK, "the user's choice went with the wipe")

    def the_labels_follow_the_users_language():
        with Fixture() as f:
            app = f.open()
            app.set_language("fr")
            toggle = app.safety_view().background_network
            check(toggle.label == "Mises à jour en arrière-plan en Wi-Fi uniquement", f"French label: {toggle.label}")

    r.journey(
        "Wi-Fi only is saved, outlives a restart and shows on the safety screen",
        wifi_only_outlives_a_restart_and_shows_on_the_safety_screen,
    )
    r.journey("Wi-Fi only survives lock and unlock; while locked it raises HavenError.Locked", wifi_only_survives_lock_and_unlock)
    r.journey("a panic wipe puts background work back on any network", a_wipe_resets_it_to_any_network)
    r.journey("the toggle's labels follow the user's language", the_labels_follow_the_users_language)
