#!/usr/bin/env bash
# Makes every certificate flavour the reader must handle (and the broken ones it must refuse) with
# openssl 3 and keytool. The files are committed; run this again only to refresh them:
#   cd src/test/resources/certs && ./make-fixtures.sh
# Valid certificates last 10 years so that the tests' "not expiring" checks hold for a long time.
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C.UTF-8

PW=Test1234
UPW='Pässwörd€'                       # non-ASCII, sent as UTF-8 (what openssl 3 and Windows expect)
DAYS=3650
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

subj() { echo "/CN=$1/O=Contoso Test"; }
rsa() { openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" -out "$1" 2>/dev/null; }

rm -f ./*.pem ./*.crt ./*.cer ./*.key ./*.pfx ./*.p12 ./*.txt ./*.bin ./*.png
# ---------- keys and certificates ----------
rsa app.key 2048                                                        # PKCS#8 "PRIVATE KEY" (openssl 3 default)
openssl req -x509 -new -key app.key -subj "$(subj app.contoso.test)" -days $DAYS -sha256 \
  -addext "keyUsage=critical,digitalSignature,keyEncipherment" -addext "extendedKeyUsage=clientAuth" \
  -out app.crt
openssl rsa -in app.key -traditional -out app-pkcs1.key 2>/dev/null    # "RSA PRIVATE KEY"
openssl pkcs8 -topk8 -in app.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout pass:$PW -out app-encrypted-pkcs8.key
openssl rsa -in app.key -aes256 -traditional -passout pass:$PW -out app-encrypted-pkcs1.key 2>/dev/null  # Proc-Type: 4,ENCRYPTED
cat app.crt app.key > app-combined.pem
openssl x509 -in app.crt -outform DER -out app-der.cer
openssl x509 -in app.crt -outform DER | base64 -w0 > app-base64.txt
sed 's/$/\r/' app-combined.pem > app-crlf.pem

# a chain: root CA → intermediate → leaf
rsa ca.key 2048; rsa int.key 2048; rsa leaf.key 2048
openssl req -x509 -new -key ca.key -subj "$(subj 'Contoso Test Root')" -days $DAYS -sha256 \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.crt
openssl req -new -key int.key -subj "$(subj 'Contoso Test Intermediate')" -out "$work/int.csr"
printf 'basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' > "$work/int.ext"
openssl x509 -req -in "$work/int.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days $DAYS -sha256 \
  -extfile "$work/int.ext" -out int.crt 2>/dev/null
openssl req -new -key leaf.key -subj "$(subj leaf.contoso.test)" -out "$work/leaf.csr"
printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n' > "$work/leaf.ext"
openssl x509 -req -in "$work/leaf.csr" -CA int.crt -CAkey int.key -CAcreateserial -days $DAYS -sha256 \
  -extfile "$work/leaf.ext" -out leaf.crt 2>/dev/null
cat leaf.crt int.crt ca.crt > chain.pem
cat ca.crt leaf.crt int.crt > chain-unordered.pem
rm -f ./*.srl

# ---------- PKCS#12 flavours ----------
p12() { local out=$1; shift; openssl pkcs12 -export -inkey app.key -in app.crt -out "$out" "$@"; }
p12 openssl3-default.pfx -passout pass:$PW                                    # PBES2 AES-256, SHA-256 MAC
p12 openssl-legacy.pfx -legacy -passout pass:$PW                              # RC2-40 + 3DES, SHA-1 MAC
p12 tripledes.pfx -certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1 -passout pass:$PW
p12 empty-password.pfx -passout pass:
p12 no-mac.pfx -nomac -passout pass:$PW
p12 unencrypted.pfx -nomac -certpbe NONE -keypbe NONE -passout pass:
p12 friendly-name.pfx -name 'Contoso App (2026)' -passout pass:$PW
p12 nonascii.pfx -passout "pass:$UPW"
p12 nonascii-legacy.pfx -legacy -passout "pass:$UPW"
# What openssl 1.0 wrote: each UTF-8 byte of the password taken as one character.
p12 nonascii-bytewise-legacy.pfx -legacy -passout "pass:$(printf '%s' "$UPW" | iconv -f latin1 -t utf-8)"
openssl pkcs12 -export -inkey leaf.key -in leaf.crt -certfile <(cat int.crt ca.crt) -name leaf -caname intermediate \
  -caname root -out chain.pfx -passout pass:$PW
openssl pkcs12 -in friendly-name.pfx -nodes -passin pass:$PW -out bag-attributes.pem   # the "Bag Attributes" preamble

rm -f keytool.p12 keytool-legacy.p12 two-keys.p12
keytool -genkeypair -alias app -keyalg RSA -keysize 2048 -validity $DAYS -dname 'CN=keytool.contoso.test' \
  -storetype PKCS12 -keystore keytool.p12 -storepass $PW 2>/dev/null
keytool -J-Dkeystore.pkcs12.legacy -genkeypair -alias app -keyalg RSA -keysize 2048 -validity $DAYS \
  -dname 'CN=keytool-legacy.contoso.test' -storetype PKCS12 -keystore keytool-legacy.p12 -storepass $PW 2>/dev/null

# ---------- inputs that must be refused ----------
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key
openssl req -x509 -new -key ec.key -subj "$(subj ec.contoso.test)" -days $DAYS -out ec.crt
openssl pkcs12 -export -inkey ec.key -in ec.crt -out ec.pfx -passout pass:$PW
rsa rsa1024.key 1024
openssl req -x509 -new -key rsa1024.key -subj "$(subj weak.contoso.test)" -days $DAYS -out rsa1024.crt
openssl pkcs12 -export -inkey rsa1024.key -in rsa1024.crt -out rsa1024.pfx -passout pass:$PW

# expired and not-yet-valid need explicit dates: openssl ca takes them (openssl 3.0 req/x509 do not)
mkdir -p "$work/ca"; : > "$work/ca/index.txt"; echo 1000 > "$work/ca/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
dir = $work/ca
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[anything]
commonName = supplied
organizationName = optional
CNF
dated() { # name start end
  openssl req -new -key app.key -subj "$(subj "$1.contoso.test")" -out "$work/$1.csr"
  openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile app.key -in "$work/$1.csr" \
    -startdate "$2" -enddate "$3" -notext -out "$1.crt" 2>/dev/null
}
dated expired 20200101000000Z 20210101000000Z
dated not-yet-valid 20990101000000Z 21000101000000Z

rsa other.key 2048
cat app.crt other.key > mismatch.pem
openssl pkcs12 -export -inkey app.key -in app.crt -out "$work/a.p12" -passout pass:$PW -name first
keytool -genkeypair -alias second -keyalg RSA -keysize 2048 -validity $DAYS -dname 'CN=second.contoso.test' \
  -storetype PKCS12 -keystore two-keys.p12 -storepass $PW 2>/dev/null
keytool -importkeystore -srckeystore "$work/a.p12" -srcstoretype PKCS12 -srcstorepass $PW \
  -destkeystore two-keys.p12 -deststoretype PKCS12 -deststorepass $PW 2>/dev/null
head -c 900 openssl3-default.pfx > truncated.pfx
: > empty.pfx
printf 'This is a note, not a certificate.\nBut it has a few lines.\n' > no-begin.pem
sed 1d app.crt > missing-begin-line.pem
openssl req -new -key app.key -subj "$(subj csr.contoso.test)" -out request.csr.pem
openssl pkey -in app.key -pubout -out public-key.pem
cp app.key key-only.pem
# hostile iteration counts: PBKDF2 on the key bag, and on the MAC (patched in: 10M rounds take too long to make)
openssl pkcs12 -export -inkey app.key -in app.crt -certpbe NONE -iter 10000001 -passout pass:$PW -out huge-iterations.pfx -nomac
python3 - <<'PY'
import pathlib, struct
src = pathlib.Path("openssl-legacy.pfx").read_bytes()
def tlv(b, i):  # tag, header length, content length at offset i
    n = b[i + 1]
    if n < 0x80: return b[i], 2, n
    k = n & 0x7f
    return b[i], 2 + k, int.from_bytes(b[i + 2:i + 2 + k], "big")
def enc(tag, body):
    n = len(body)
    if n < 0x80: return bytes([tag, n]) + body
    ln = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(ln)]) + ln + body
def children(b):
    i, out = 0, []
    while i < len(b):
        t, h, n = tlv(b, i); out.append(b[i:i + h + n]); i += h + n
    return out
t, h, n = tlv(src, 0)
version, auth, mac = children(src[h:h + n])
_, mh, mn = tlv(mac, 0)
digest, salt, _iters = children(mac[mh:mh + mn])
mac = enc(0x30, digest + salt + enc(0x02, (20_000_000).to_bytes(4, "big")))
pathlib.Path("huge-mac-iterations.pfx").write_bytes(enc(0x30, version + auth + mac))
# a cipher no library knows in the key bag's PBES2 parameters (no MAC, so the change is not noticed earlier)
raw = bytearray(pathlib.Path("no-mac.pfx").read_bytes())
# replace the AES-256-CBC identifier (2.16.840.1.101.3.4.1.42) inside PBES2 by an unknown cipher OID of equal length
aes = bytes.fromhex("60864801650304012a")
at = raw.rfind(aes)
raw[at + len(aes) - 1] = 0x7f
pathlib.Path("unsupported-cipher.pfx").write_bytes(bytes(raw))
# a real PNG (1x1) renamed .pfx
import zlib
def chunk(kind, data): return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")
pathlib.Path("picture.pfx").write_bytes(png)
PY
echo "fixtures written to $(pwd)"
