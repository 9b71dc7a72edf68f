// Haven's SecretStore on iOS: what the core asks to keep (its key and
// safety envelope) is one Keychain item, readable only while the phone is
// unlocked and never leaving this device: not in iCloud Keychain, not in
// backups, not restored to another phone (kSecAttrAccessibleWhenUnlockedThisDeviceOnly).
import Foundation
import Security

public final class KeychainSecretStore: SecretStore, @unchecked Sendable {
    private let service: String
    private let account: String

    public init(service: String = "org.haven.app", account: String = "haven.secret") {
        self.service = service
        self.account = account
    }

    private var identity: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecAttrSynchronizable as String: kCFBooleanFalse as Any,
        ]
    }

    public func load() throws -> Data? {
        var query = identity
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            guard let data = item as? Data else { throw failure("returned no data", status) }
            return data
        case errSecItemNotFound:
            return nil
        default:
            throw failure("could not be read", status)
        }
    }

    public func save(key: Data) throws {
        let attributes: [String: Any] = [
            kSecValueData as String: key,
            kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
        ]
        var status = SecItemUpdate(identity as CFDictionary, attributes as CFDictionary)
        if status == errSecItemNotFound {
            let item = identity.merging(attributes) { _, new in new }
            status = SecItemAdd(item as CFDictionary, nil)
        }
        guard status == errSecSuccess else { throw failure("could not be saved", status) }
    }

    public func delete() throws {
        let status = SecItemDelete(identity as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw failure("could not be deleted", status) }
    }

    /// The reason names the step and the OSStatus, never the bytes.
    private func failure(_ what: String, _ status: OSStatus) -> HavenError {
        .SecretStore(reason: "the Keychain item \(what) (OSStatus \(status))")
    }
}
