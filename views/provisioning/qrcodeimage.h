// A QR code as an image, through libqrencode: crisp square modules with the
// quiet zone the standard asks for, scaled up for phones to read off a screen.
#pragma once

#include <QImage>
#include <QString>

namespace ModeDesk::QrCodeImage {

// Empty image if the text cannot be encoded.
QImage render(const QString &text, int moduleSize = 8);

}  // namespace ModeDesk::QrCodeImage
