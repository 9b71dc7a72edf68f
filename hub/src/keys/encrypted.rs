//! Passphrase-protected private keys: the PKCS#8 bytes encrypted to age's
//! scrypt recipient, ASCII-armored, so `age -d` can also open them.

use std::io::{Read, Write};
use std::path::Path;

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::SecretString;
use zeroize::Zeroizing;

use super::KeyError;
use super::signing::MAX_PRIVATE_FILE_BYTES;

pub const AGE_ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";

pub fn encrypt(der: &[u8], passphrase: &SecretString) -> Result<Vec<u8>, KeyError> {
    let recipient = age::scrypt::Recipient::new(passphrase.clone());
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| KeyError::Encrypt(e.to_string()))?;
    let armored = ArmoredWriter::wrap_output(Vec::new(), Format::AsciiArmor).map_err(encrypt_io)?;
    let mut writer = encryptor.wrap_output(armored).map_err(encrypt_io)?;
    writer.write_all(der).map_err(encrypt_io)?;
    writer.finish().and_then(|armored| armored.finish()).map_err(encrypt_io)
}

fn encrypt_io(e: std::io::Error) -> KeyError {
    KeyError::Encrypt(e.to_string())
}

pub fn decrypt(path: &Path, armored: &[u8], passphrase: &SecretString) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    let decryptor = age::Decryptor::new(ArmoredReader::new(armored))
        .map_err(|_| KeyError::malformed(path, "the encrypted key is damaged"))?;
    if !decryptor.is_scrypt() {
        return Err(KeyError::malformed(path, "the key is encrypted to a recipient, not a passphrase"));
    }
    let identity = age::scrypt::Identity::new(passphrase.clone());
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|_| KeyError::WrongPassphrase { path: path.to_owned() })?;
    let mut der = Zeroizing::new(Vec::new());
    reader
        .take(MAX_PRIVATE_FILE_BYTES as u64)
        .read_to_end(&mut der)
        .map_err(|_| KeyError::WrongPassphrase { path: path.to_owned() })?;
    Ok(der)
}
