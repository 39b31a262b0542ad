// Orthographic views of parts built from unit cubes stacked on a 3 x 3 base (a height map: no
// overhangs). The stem shows the part in isometric view with its front marked; the options are four
// views drawn the same size: the front view (the key), the top view, the right-side view and the
// front view mirrored.
#include "svg.h"
#include "templates.h"

#include <QSet>

#include <cmath>

namespace exam::itemgen {

namespace {

constexpr int Size = 3;
using Heights = std::array<std::array<int, Size>, Size>; // [row][column]; row 0 is the front
using View = std::array<std::array<bool, Size>, Size>;   // [level from the bottom][column from the left]

View frontView(const Heights& h)
{
    View view{};
    for (int c = 0; c < Size; ++c) {
        int tallest = 0;
        for (int r = 0; r < Size; ++r)
            tallest = std::max(tallest, h[r][c]);
        for (int z = 0; z < tallest; ++z)
            view[z][c] = true;
    }
    return view;
}

View topView(const Heights& h)
{
    View view{}; // drawn with the back row at the top: "level" counts rows from the front
    for (int r = 0; r < Size; ++r)
        for (int c = 0; c < Size; ++c)
            view[r][c] = h[r][c] > 0;
    return view;
}

// Seen from the right, the front of the part is on the left of the view.
View rightView(const Heights& h)
{
    View view{};
    for (int r = 0; r < Size; ++r) {
        int tallest = 0;
        for (int c = 0; c < Size; ++c)
            tallest = std::max(tallest, h[r][c]);
        for (int z = 0; z < tallest; ++z)
            view[z][r] = true;
    }
    return view;
}

View mirrored(const View& view)
{
    View out{};
    for (int z = 0; z < Size; ++z)
        for (int c = 0; c < Size; ++c)
            out[z][c] = view[z][Size - 1 - c];
    return out;
}

// 110 x 110 px: cell (level z, column c) is the square at x = 10 + 30c, y = 10 + 30(2 - z).
Svg drawView(const View& view)
{
    Svg svg(110, 110);
    svg.rect(10, 10, 90, 90, QStringLiteral("fill=\"none\" stroke=\"#ccc\" stroke-dasharray=\"3 3\""));
    for (int z = 0; z < Size; ++z)
        for (int c = 0; c < Size; ++c)
            if (view[z][c])
                svg.rect(10 + 30 * c, 10 + 30 * (Size - 1 - z), 30, 30,
                         QStringLiteral("class=\"cell\" fill=\"#9ab\" stroke=\"#000\" stroke-width=\"2\""));
    return svg;
}

QString describeView(const View& view)
{
    static const QStringList levels{QStringLiteral("bottom row"), QStringLiteral("middle row"),
                                    QStringLiteral("top row")};
    QStringList parts;
    for (int z = 0; z < Size; ++z) {
        QStringList columns;
        for (int c = 0; c < Size; ++c)
            if (view[z][c])
                columns.append(QString::number(c + 1));
        parts.append(levels[z] + u' '
                     + (columns.isEmpty()
                            ? QStringLiteral("empty")
                            : (columns.size() == 1 ? QStringLiteral("square ") : QStringLiteral("squares "))
                                  + columns.join(QStringLiteral(", "))));
    }
    return QStringLiteral("Squares on a 3 by 3 grid, counted from the left: ") + parts.join(QStringLiteral("; "))
           + u'.';
}

// Isometric view from the front right and above; x runs along the front, y to the back, z up.
Svg drawIsometric(const Heights& h)
{
    Svg svg(300, 260);
    const double s = 34, c30 = std::cos(M_PI / 6), s30 = 0.5;
    const double ox = 60, oy = 170;
    const auto at = [&](double x, double y, double z) {
        return QPointF(ox + (x + y) * c30 * s, oy + (x - y) * s30 * s - z * s);
    };
    for (int y = Size - 1; y >= 0; --y)
        for (int x = 0; x < Size; ++x)
            for (int z = 0; z < h[y][x]; ++z) {
                svg.polygon({at(x, y, z + 1), at(x + 1, y, z + 1), at(x + 1, y + 1, z + 1), at(x, y + 1, z + 1)},
                            QStringLiteral("fill=\"#eee\" stroke=\"#000\""));
                svg.polygon({at(x, y, z), at(x + 1, y, z), at(x + 1, y, z + 1), at(x, y, z + 1)},
                            QStringLiteral("fill=\"#bbb\" stroke=\"#000\""));
                svg.polygon({at(x + 1, y, z), at(x + 1, y + 1, z), at(x + 1, y + 1, z + 1), at(x + 1, y, z + 1)},
                            QStringLiteral("fill=\"#888\" stroke=\"#000\""));
            }
    const QPointF front = at(1.5, -0.6, 0);
    svg.line(front.x() - 30, front.y() + 36, front.x() - 6, front.y() + 8, QStringLiteral("stroke-width=\"2\""));
    svg.polygon({{front.x() - 4, front.y() + 4}, {front.x() - 14, front.y() + 9}, {front.x() - 7, front.y() + 16}});
    svg.text(front.x() - 80, front.y() + 52, QStringLiteral("FRONT"),
             QStringLiteral("font-size=\"14\" font-weight=\"bold\""));
    return svg;
}

QString heightsText(const Heights& h)
{
    QStringList rows;
    for (int r = 0; r < Size; ++r)
        rows.append(QStringLiteral("%1%2%3").arg(h[r][0]).arg(h[r][1]).arg(h[r][2]));
    return rows.join(u'/');
}

} // namespace

QList<GeneratedItem> orthographicViews(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<QString> used;
    while (items.size() < run.count) {
        Heights h{};
        int cubes = 0;
        for (int r = 0; r < Size; ++r)
            for (int c = 0; c < Size; ++c) {
                h[r][c] = run.dice.between(0, 3);
                cubes += h[r][c];
            }
        const View front = frontView(h);
        const QList<View> views{front, topView(h), rightView(h), mirrored(front)};
        bool distinct = true;
        for (int i = 0; i < views.size(); ++i)
            for (int j = i + 1; j < views.size(); ++j)
                distinct = distinct && views[i] != views[j];
        // Every column of the front must be visible from the front row or hidden behind it in an
        // unambiguous way: keep parts whose front row has at least one cube, 5 to 14 cubes in all.
        const bool frontRowUsed = h[0][0] + h[0][1] + h[0][2] > 0;
        if (!distinct || !frontRowUsed || cubes < 5 || cubes > 14 || used.contains(heightsText(h)))
            continue;
        used.insert(heightsText(h));

        const QString id = run.id(int(items.size()));
        const QString base = QStringLiteral("gen-ortho-%1").arg(id.toLower());
        banks::ItemBody body;
        // Seeing the part is the skill (the item is picture-measured): the alt text says what the drawing
        // is, not how the cubes stand, which would give the view away. It is the same for every part, so
        // the part's name keeps the stems apart.
        static const QStringList names{QStringLiteral("step block"), QStringLiteral("fixture base"),
                                       QStringLiteral("stop block"), QStringLiteral("locator"),
                                       QStringLiteral("riser"),      QStringLiteral("spacer block"),
                                       QStringLiteral("clamp base"), QStringLiteral("guide block"),
                                       QStringLiteral("support"),    QStringLiteral("jig block")};
        body.stem = QStringLiteral("The %2 below is built from equal cubes and shown from the front right. Which "
                                   "drawing is its **front** view?\n\n![A part built from equal cubes stacked on a 3 "
                                   "by 3 base, drawn in isometric view from the front right and above, with an arrow "
                                   "marking the front.](%1-part.svg)")
                        .arg(base, names[items.size() % names.size()]);
        QList<int> order{0, 1, 2, 3};
        run.dice.shuffle(order);
        GeneratedItem generated;
        generated.media.append(banks::MediaFile{base + QStringLiteral("-part.svg"), QStringLiteral("image/svg+xml"),
                                                Sensitive<QByteArray>(drawIsometric(h).document())});
        for (int position = 0; position < 4; ++position) {
            const int which = order[position];
            const QString file = QStringLiteral("%1-view%2.svg").arg(base).arg(position + 1);
            body.options.append(banks::ItemOption{QString(), file, describeView(views[which])});
            generated.media.append(banks::MediaFile{file, QStringLiteral("image/svg+xml"),
                                                    Sensitive<QByteArray>(drawView(views[which]).document())});
            if (which == 0)
                body.key = position;
        }
        generated.item.id = id;
        generated.item.domain = run.domain;
        generated.item.pictureMeasured = true;
        generated.item.body = Sensitive<banks::ItemBody>(std::move(body));
        generated.check = QStringLiteral("orthographic heights=%1").arg(heightsText(h));
        items.append(generated);
    }
    return items;
}

} // namespace exam::itemgen
