// The one Haven object of the app's process, shared by the screens and the
// background tasks. One object matters for safety: a quick exit locks it,
// and a background task that runs afterwards finds it locked and does
// nothing, rather than holding the key in a second, still-open object.
import Foundation
import HavenCore

enum HavenProcess {
    private static let lock = NSLock()
    private static var haven: Haven?

    static func shared() throws -> Haven {
        lock.lock()
        defer { lock.unlock() }
        if let haven { return haven }
        let opened = try Haven.open(dataDir: dataDirectory().path, secrets: KeychainSecretStore(), options: deviceOptions())
        haven = opened
        return opened
    }

    private static func dataDirectory() -> URL {
        let base = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        var dir = base.appendingPathComponent("haven", isDirectory: true)
        try? FileManager.default.createDirectory(
            at: dir, withIntermediateDirectories: true,
            attributes: [.protectionKey: FileProtectionType.completeUnlessOpen])
        // Never in iCloud or computer backups (MASVS-STORAGE-2); the key is device-only anyway.
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try? dir.setResourceValues(values)
        return dir
    }

    private static func deviceOptions() -> OpenOptions {
        OpenOptions(
            deviceLocales: Locale.preferredLanguages,
            timeZone: TimeZone.current.identifier,
            region: Locale.current.region?.identifier)
    }
}
