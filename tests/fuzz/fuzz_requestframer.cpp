// libFuzzer target: the sandbox's HTTP request framing (where headers and
// bodies end, and the size bounds), on any byte stream. The steps it reports
// must not depend on how the stream is cut into pieces (the network cuts it
// anywhere), must come in a sensible order, and it never holds more than its
// bounds allow.
#include "requestframer.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace ModeDesk::Sandbox;
using Step = RequestFramer::Step;

namespace {

constexpr RequestFramer::Bounds Bounds{256, 1024};

std::vector<Step> frame(const QByteArray &stream, const std::vector<qsizetype> &cuts)
{
    RequestFramer framer(Bounds);
    std::vector<Step> steps;
    const auto record = [&](Step step) {
        steps.push_back(step);
    };
    qsizetype at = 0;
    for (qsizetype cut : cuts) {
        const qsizetype size = qMin(cut, stream.size() - at);
        const qint64 left = framer.bodyLeft();
        if (size > 0 && size < left)
            framer.skipBody(size);  // the guard's fast path must agree with feeding
        else
            framer.feed(stream.mid(at, size), record);
        at += size;
    }
    framer.feed(stream.mid(at), record);
    return steps;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte says how to cut the rest into pieces.
    if (size < 2)
        return 0;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1),
                            static_cast<qsizetype>(size - 1));
    std::vector<qsizetype> cuts;
    const int piece = 1 + data[0] % 37;
    for (qsizetype at = 0; at < stream.size(); at += piece)
        cuts.push_back(piece);

    const std::vector<Step> whole = frame(stream, {});
    const std::vector<Step> pieces = frame(stream, cuts);
    if (whole != pieces)
        std::abort();  // framing depends on where the network cut the stream

    // Each request starts before it completes; nothing follows an end.
    bool inRequest = false;
    for (size_t i = 0; i < whole.size(); ++i) {
        switch (whole[i]) {
            case Step::HeadersStarted:
                if (inRequest)
                    std::abort();
                inRequest = true;
                break;
            case Step::BodyStarted:
                if (!inRequest)
                    std::abort();
                break;
            case Step::RequestComplete:
                if (!inRequest)
                    std::abort();
                inRequest = false;
                break;
            case Step::HeadersTooLarge:
            case Step::BodyTooLarge:
                if (!inRequest || i + 1 != whole.size())
                    std::abort();
                break;
        }
    }
    return 0;
}
