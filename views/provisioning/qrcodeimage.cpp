#include "qrcodeimage.h"

#include <qrencode.h>
#include <QPainter>

namespace ModeDesk::QrCodeImage {

QImage render(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int QuietZone = 4;  // modules of white around the code
    const int side = (code->width + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)  // bit 0: a dark module
                painter.fillRect((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize,
                                 moduleSize, moduleSize, Qt::black);
        }
    }
    QRcode_free(code);
    return image;
}

}  // namespace ModeDesk::QrCodeImage
