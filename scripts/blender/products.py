"""The three models: geometry in millimetres (Blender Z up), UV layout, materials.

Each builder makes its objects in the current (empty) scene and returns a description:
{"meshes": {name: MeshBuilder}, "printable": [(mesh, island, mm_per_uv), ...], "notes": {...}}.
UV rectangles here are in Blender's convention (v = 0 at the bottom of the image).
"""

import math

from meshkit import MeshBuilder, arc, cap_between, extrude, material, revolve

SEGMENTS = 128  # around every round part: smooth, and divisible by 4 so extremes land on axes
MARGIN = 0.01  # UV space left around and between islands


def bezier(p0, p1, p2, p3, steps):
    pts = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        pts.append(
            (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])
        )
    return pts


def perimeter(r, n=SEGMENTS):
    """Perimeter of the n-gon that stands for a circle of radius r (what the mesh measures)."""
    return n * 2 * r * math.sin(math.pi / n)


def revolved_volume_ml(profile):
    """Volume enclosed by revolving a closed-at-the-axis (r, z) profile (frustum sum), in ml."""
    vol = 0.0
    for (r0, z0), (r1, z1) in zip(profile, profile[1:]):
        vol += math.pi * (z1 - z0) * (r0 * r0 + r0 * r1 + r1 * r1) / 3
    return abs(vol) / 1000


# --- 1. 750 ml stainless steel water bottle (metres) -------------------------------------


def water_bottle():
    unit = 0.001
    steel = material("Steel", (0.80, 0.80, 0.79), 1.0, 0.35)
    cap_mat = material("Cap", (0.018, 0.018, 0.02), 0.0, 0.55)

    r, z0, z1 = 36.5, 3.0, 203.0  # 73 mm across; the straight side runs 200 mm up from z = 3
    mm_per_uv = 250.0
    side_w, side_h = perimeter(r) / mm_per_uv, (z1 - z0) / mm_per_uv
    top = (MARGIN, 0.83, 1 - MARGIN, 1 - MARGIN)  # row of non-printable islands above the side

    body = MeshBuilder("Body", unit)
    bottom = [(0.0, 0.0)] + arc((33.5, 3.0), 3.0, -math.pi / 2, 0.0, 6)  # base + 3 mm fillet
    side = [(r, z0 + (z1 - z0) * i / 8) for i in range(9)]
    shoulder = bezier((r, z1), (r, 214.0), (24.0, 212.0), (24.0, 222.0), 16)
    neck = [(24.0, 222.0), (24.0, 232.0)] + arc((23.0, 232.0), 1.0, 0.0, math.pi / 2, 3)[1:]
    revolve(
        body,
        [
            {"island": "bottom", "points": bottom, "uv": ("planar", (0.63, top[1], 0.79, top[3]))},
            {
                "island": "side",
                "points": side,
                "uv": ("strip", (MARGIN, MARGIN, MARGIN + side_w, MARGIN + side_h)),
            },
            {
                "island": "shoulder",
                "points": shoulder + neck[1:],
                "uv": ("strip", (MARGIN, top[1], 0.61, top[3])),
            },
            {
                "island": "neck top",
                "points": [(23.0, 233.0), (0.0, 233.0)],
                "uv": ("planar", (0.81, top[1], 0.97, top[3])),
            },
        ],
        SEGMENTS,
    )

    cap = MeshBuilder("Cap", unit)
    cap_side = arc((25.0, 224.0), 1.0, -math.pi / 2, 0.0, 3) + arc((24.0, 252.0), 2.0, 0.0, math.pi / 2, 4)
    revolve(
        cap,
        [
            {
                "island": "cap bottom",
                "points": [(0.0, 223.0), (25.0, 223.0)],
                "uv": ("planar", (0.25, 0.2, 0.45, 0.4)),
            },
            {"island": "cap side", "points": cap_side, "uv": ("strip", (MARGIN, MARGIN, 0.66, 0.14))},
            {
                "island": "cap top",
                "points": [(24.0, 254.0), (0.0, 254.0)],
                "uv": ("planar", (MARGIN, 0.2, 0.21, 0.4)),
            },
        ],
        SEGMENTS,
    )

    loop = MeshBuilder("Loop", unit)
    carry_loop(loop, centre_z=250.5, radius=11.5, tube=3.0)  # top of the loop at 265 mm

    # Inside: a double wall 3 mm thick (two 0.6 mm steel skins and a vacuum gap), the inner
    # floor 6 mm up. Brim-full volume of the cavity, from the floor to the top of the neck:
    cavity = [(0.0, 6.0), (r - 3, 6.0)] + [(pr - 3, pz) for pr, pz in side[1:] + shoulder[1:]]
    cavity += [(21.0, 232.0), (0.0, 232.0)]
    notes = {
        "cavity_ml": round(revolved_volume_ml(cavity), 1),
        "straight_cavity_ml": round(math.pi * (r - 3) ** 2 * (z1 - 6.0) / 1000, 1),
    }
    return _finish(
        {"Body": (body, steel), "Cap": (cap, cap_mat), "Loop": (loop, cap_mat)},
        [("Body", "side", mm_per_uv)],
        notes,
    )


def carry_loop(mb, centre_z, radius, tube, along=24, around=16):
    """A bent tube standing on the cap (in the XZ plane), its ends buried in the cap."""
    a0, a1 = math.radians(-12), math.radians(192)

    def point(a, b):
        er = (math.cos(a), 0.0, math.sin(a))
        off = (er[0] * math.cos(b), math.sin(b), er[2] * math.cos(b))
        centre = (radius * er[0], 0.0, centre_z + radius * er[2])
        return tuple(c + tube * o for c, o in zip(centre, off)), off

    for i in range(along):
        for j in range(around):
            ai, aj = a0 + (a1 - a0) * i / along, a0 + (a1 - a0) * (i + 1) / along
            bj, bk = 2 * math.pi * j / around, 2 * math.pi * ((j + 1) % around) / around
            quad = [point(ai, bj), point(aj, bj), point(aj, bk), point(ai, bk)]
            uvs = [
                (0.01 + 0.98 * u, 0.5 + 0.1 * v)
                for u, v in [
                    (i / along, j / around),
                    ((i + 1) / along, j / around),
                    ((i + 1) / along, (j + 1) / around),
                    (i / along, (j + 1) / around),
                ]
            ]
            mid = [sum(q[1][k] for q in quad) for k in range(3)]
            mb.face([q[0] for q in quad], uvs, "loop", mid)
    for end, a, sign, u0 in [(0, a0, -1, 0.01), (1, a1, 1, 0.1)]:
        ring = [point(a, 2 * math.pi * j / around) for j in range(around)]
        tangent = (-math.sin(a) * sign, 0.0, math.cos(a) * sign)
        uvs = [
            (u0 + 0.025 + 0.025 * o[0] * math.cos(a) + 0.025 * o[2] * math.sin(a), 0.725 + 0.025 * o[1])
            for _, o in ring
        ]
        mb.face([p for p, _ in ring], uvs, f"loop end {end}", tangent)


# --- 2. A5 hardcover notebook (metres) ----------------------------------------------------


def notebook():
    unit = 0.001
    cover_mat = material("Cover", (0.035, 0.06, 0.16), 0.0, 0.8)
    paper = material("Paper", (0.86, 0.82, 0.70), 0.0, 0.9)
    elastic_mat = material("Elastic", (0.012, 0.012, 0.014), 0.0, 0.7)

    # Standing upright, front cover towards -Y (the glTF front, +Z), spine on the left at x <= 0.
    # Made with the boards' hinge at x = 0 and their bottom at z = 0, then moved so that the
    # whole is centred across and stands on the elastic, which runs 1.1 mm under the boards.
    offset = (-75.0, 0.0, 1.1)
    w, h, half, board = 153.0, 216.0, 8.0, 2.5  # boards 153 x 216 mm, 16 mm thick overall
    mm_per_uv = 360.0
    outer_arc = spine_arc(half, 3.0, 16)  # rounded spine, 3 mm proud of the boards
    inner_arc = spine_arc(half - board, 1.5, 16)  # 1.5 mm thick at its middle
    spine_len = sum(math.dist(a, b) for a, b in zip(outer_arc, outer_arc[1:]))

    # Printable row, laid out like a flat cover: back | spine | front, left to right.
    v0, v1 = 1 - MARGIN - h / mm_per_uv, 1 - MARGIN
    back_r = (MARGIN, v0, MARGIN + w / mm_per_uv, v1)
    spine_r = (back_r[2] + MARGIN, v0, back_r[2] + MARGIN + spine_len / mm_per_uv, v1)
    front_r = (spine_r[2] + MARGIN, v0, spine_r[2] + MARGIN + w / mm_per_uv, v1)

    cover = MeshBuilder("Cover", unit, offset)
    # Walk the C-shaped section with the outside on the right: back, spine, front, then inside.
    extrude(cover, [(w, half), (0.0, half)], 0.0, h, "back", back_r)
    extrude(cover, outer_arc, 0.0, h, "spine", spine_r)
    extrude(cover, [(0.0, -half), (w, -half)], 0.0, h, "front", front_r)
    lo = (MARGIN, MARGIN, 0.0, 0.37)  # inside faces, at a lower density, below the row
    extrude(cover, [(w, -half), (w, -half + board)], 0.0, h, "front edge", (0.85, lo[1], 0.855, lo[3]))
    extrude(
        cover, [(w, -half + board), (0.0, -half + board)], 0.0, h, "front inside", (0.30, lo[1], 0.555, lo[3])
    )
    extrude(cover, list(reversed(inner_arc)), 0.0, h, "spine inside", (0.275, lo[1], 0.29, lo[3]))
    extrude(
        cover, [(0.0, half - board), (w, half - board)], 0.0, h, "back inside", (MARGIN, lo[1], 0.265, lo[3])
    )
    extrude(cover, [(w, half - board), (w, half)], 0.0, h, "back edge", (0.87, lo[1], 0.875, lo[3]))
    outer = [(w, half)] + outer_arc + [(w, -half)]
    inner = [(w, half - board)] + inner_arc + [(w, -half + board)]
    bounds = (-3.0, -half, w, half)
    cap_between(cover, outer, inner, h, True, "top edge", (0.57, 0.05, 0.83, 0.077), bounds)
    cap_between(cover, outer, inner, 0.0, False, "bottom edge", (0.57, MARGIN, 0.83, 0.037), bounds)

    pages = MeshBuilder("Pages", unit, offset)
    p = half - 2.55  # the block is 10.9 mm thick, 0.05 mm clear of each board
    px0, px1, pz0, pz1 = 2.0, 150.0, 3.0, 213.0  # 148 x 210 mm, 3 mm squares at head, tail, fore edge
    p_spine = round_edge((px0, p), (px0, -p), -1.4, 12)  # rounded back of the block
    p_fore = round_edge((px1, -p), (px1, p), 148.0, 8)  # and the matching hollow fore edge
    extrude(pages, p_spine, pz0, pz1, "pages spine", (0.52, 0.01, 0.56, 0.70))
    extrude(pages, [(px0, -p), (px1, -p)], pz0, pz1, "pages front", (0.01, 0.01, 0.25, 0.70))
    extrude(pages, p_fore, pz0, pz1, "pages fore edge", (0.58, 0.01, 0.62, 0.70))
    extrude(pages, [(px1, p), (px0, p)], pz0, pz1, "pages back", (0.26, 0.01, 0.50, 0.70))
    low = p_spine[len(p_spine) // 2 :] + p_fore[: len(p_fore) // 2 + 1]
    high = list(reversed(p_spine[: len(p_spine) // 2 + 1])) + list(reversed(p_fore[len(p_fore) // 2 :]))
    pb = (-1.4, -p, px1, p)
    cap_between(pages, high, low, pz1, True, "pages head", (0.01, 0.75, 0.99, 0.82), pb)
    cap_between(pages, high, low, pz0, False, "pages tail", (0.01, 0.85, 0.99, 0.92), pb)

    elastic = MeshBuilder("Elastic", unit, offset)
    elastic_band(elastic, x0=135.5, x1=142.5, half=half, height=h)

    return _finish(
        {"Cover": (cover, cover_mat), "Pages": (pages, paper), "Elastic": (elastic, elastic_mat)},
        [("Cover", "front", mm_per_uv), ("Cover", "spine", mm_per_uv), ("Cover", "back", mm_per_uv)],
        {},
    )


def spine_arc(half, bulge, steps):
    """Circular arc from (0, half) round to (0, -half), `bulge` mm out to -x at its middle."""
    radius = (half * half + bulge * bulge) / (2 * bulge)
    beta = math.asin(half / radius)
    return arc((radius - bulge, 0.0), radius, math.pi - beta, math.pi + beta, steps)


def round_edge(a, b, x_mid, steps):
    """Circular arc from a to b (same x) through (x_mid, 0)."""
    half, bulge = abs(a[1]), a[0] - x_mid
    radius = (half * half + bulge * bulge) / (2 * abs(bulge))
    centre = x_mid + math.copysign(radius, bulge)
    beta = math.asin(half / radius)
    start = math.atan2(a[1], a[0] - centre)
    end = math.atan2(b[1], b[0] - centre)
    if bulge > 0:  # arc passes through angle pi
        start, end = start % (2 * math.pi), end % (2 * math.pi)
    assert abs(abs(end - start) - 2 * beta) < 1e-9
    return arc((centre, 0.0), radius, start, end, steps)


def elastic_band(mb, x0, x1, half, height, thick=1.0, gap=0.1, corner=0.7, corner_steps=6):
    """A 7 x 1 mm elastic running round the boards top to bottom, 0.1 mm clear of them."""
    c = half + gap + thick / 2  # centre line of the band: y = +-c, z = -(gap + thick/2) .. height + ...
    zc0, zc1 = -(gap + thick / 2), height + gap + thick / 2
    centres = [
        (c - corner, zc1 - corner),
        (-c + corner, zc1 - corner),
        (-c + corner, zc0 + corner),
        (c - corner, zc0 + corner),
    ]
    path = [(c, height / 2, 1.0, 0.0)]  # (y, z, normal y, normal z), starting mid-back
    for k, (cy, cz) in enumerate(centres):
        for s in range(corner_steps + 1):
            a = math.pi / 2 * (k + s / corner_steps)
            path.append((cy + corner * math.cos(a), cz + corner * math.sin(a), math.cos(a), math.sin(a)))
    path.append(path[0])
    length = sum(math.dist(a[:2], b[:2]) for a, b in zip(path, path[1:]))
    s = 0.0
    for a, b in zip(path, path[1:]):
        t = s + math.dist(a[:2], b[:2])
        ua, ub = 0.01 + 0.98 * s / length, 0.01 + 0.98 * t / length
        s = t

        def at(q, x, off):
            return (x, q[0] + off * q[2], q[1] + off * q[3])

        o, i = thick / 2, -thick / 2
        n_mid = (0.0, (a[2] + b[2]) / 2, (a[3] + b[3]) / 2)
        mb.face(
            [at(a, x0, o), at(b, x0, o), at(b, x1, o), at(a, x1, o)],
            [(ua, 0.7), (ub, 0.7), (ub, 0.8), (ua, 0.8)],
            "band outside",
            n_mid,
        )
        mb.face(
            [at(a, x0, i), at(b, x0, i), at(b, x1, i), at(a, x1, i)],
            [(ua, 0.5), (ub, 0.5), (ub, 0.6), (ua, 0.6)],
            "band inside",
            tuple(-v for v in n_mid),
        )
        mb.face(
            [at(a, x0, i), at(b, x0, i), at(b, x0, o), at(a, x0, o)],
            [(ua, 0.3), (ub, 0.3), (ub, 0.32), (ua, 0.32)],
            "band left",
            (-1.0, 0.0, 0.0),
        )
        mb.face(
            [at(a, x1, i), at(b, x1, i), at(b, x1, o), at(a, x1, o)],
            [(ua, 0.2), (ub, 0.2), (ub, 0.22), (ua, 0.22)],
            "band right",
            (1.0, 0.0, 0.0),
        )


# --- 3. Insulated tumbler for the e2e test, authored in centimetres ------------------------


def tumbler_cm():
    unit = 0.1  # 1 mm = 0.1 units: the glTF numbers are centimetres
    powder = material("Powder coat", (0.10, 0.22, 0.17), 0.0, 0.6)
    lid_mat = material("Lid plastic", (0.02, 0.02, 0.022), 0.0, 0.4)

    slope = 1 / 14  # radius 35 mm at z = 0 to 45 mm at z = 140 mm
    norm = math.hypot(1.0, slope)
    wall = 3.0
    n_angle = math.atan2(-slope, 1.0)  # outward normal of the side, pointing a little down

    def r_out(z):
        return 35.0 + slope * z

    # Bottom: 3 mm fillet tangent to the base and to the sloping side.
    fc = (35.0 + 3.0 * slope - 3.0 * norm, 3.0)
    bottom = [(0.0, 0.0)] + arc(fc, 3.0, -math.pi / 2, n_angle, 6)
    za = bottom[-1][1]
    # Rim: a half-round 1.5 mm radius whose top is at z = 140, tangent to both walls.
    rim_r = wall / 2
    zb = 140.0 - rim_r - rim_r * math.sin(-n_angle)
    rim_c = (r_out(zb) - rim_r * math.cos(n_angle), zb - rim_r * math.sin(n_angle))
    side = [(r_out(za + (zb - za) * i / 16), za + (zb - za) * i / 16) for i in range(17)]
    side[0] = bottom[-1]  # the same points, not float-near ones, so the rings weld
    rim = arc(rim_c, rim_r, n_angle, math.pi + n_angle, 8)
    rim[0] = side[-1]
    # Inner wall: parallel to the side, down to an inner floor 12 mm up with a 2 mm fillet.
    ir0 = rim[-1]
    inner_floor = 12.0
    ifc = (35.0 + (inner_floor + 2.0) * slope - (wall + 2.0) * norm, inner_floor + 2.0)
    inner_fillet = arc(ifc, 2.0, n_angle, -math.pi / 2, 4)
    inner = [ir0] + inner_fillet

    mm_per_uv = 300.0
    slant = math.dist(side[0], side[-1])
    mid_r = (side[0][0] + side[-1][0]) / 2
    side_w, side_h = perimeter(mid_r) / mm_per_uv, slant / mm_per_uv

    cup = MeshBuilder("Tumbler", unit)
    revolve(
        cup,
        [
            {"island": "bottom", "points": bottom, "uv": ("planar", (MARGIN, 0.82, 0.18, 0.99))},
            {
                "island": "side",
                "points": side,
                "uv": ("strip", (MARGIN, MARGIN, MARGIN + side_w, MARGIN + side_h)),
            },
            {"island": "rim", "points": rim, "uv": ("strip", (MARGIN, 0.48, 0.99, 0.50))},
            {"island": "inside wall", "points": inner, "uv": ("strip", (MARGIN, 0.52, 0.99, 0.80))},
            {
                "island": "inside floor",
                "points": [inner[-1], (0.0, inner_floor)],
                "uv": ("planar", (0.20, 0.82, 0.37, 0.99)),
            },
        ],
        SEGMENTS,
    )

    def r_plug(z):
        return r_out(z) - wall * norm - 0.3

    lid = MeshBuilder("Lid", unit)
    lid_side = [(r_plug(128.0) - 0.5, 128.0)] + [(r_plug(z), z) for z in (128.5, 134.0, 139.5)]
    lid_side += [(r_plug(139.5), 140.05)] + arc((44.2, 140.85), 0.8, -math.pi / 2, 0.0, 3)
    lid_side += arc((40.0, 145.0), 5.0, 0.0, math.pi / 2, 8)
    lid_top = (
        [(40.0, 150.0)] + arc((36.0, 148.0), 2.0, math.pi / 2, math.pi, 4) + [(33.0, 147.0), (0.0, 147.0)]
    )
    revolve(
        lid,
        [
            {
                "island": "lid underside",
                "points": [(0.0, 128.0), lid_side[0]],
                "uv": ("planar", (0.52, MARGIN, 0.99, 0.48)),
            },
            {"island": "lid side", "points": lid_side, "uv": ("strip", (MARGIN, 0.52, 0.99, 0.70))},
            {"island": "lid top", "points": lid_top, "uv": ("planar", (MARGIN, MARGIN, 0.48, 0.48))},
        ],
        SEGMENTS,
    )

    notes = {
        "side_slant_mm": round(slant, 3),
        "side_z_mm": [round(za, 3), round(zb, 3)],
        "side_perimeter_mm": [
            round(perimeter(side[0][0]), 3),
            round(perimeter(mid_r), 3),
            round(perimeter(side[-1][0]), 3),
        ],
        "cavity_ml": round(
            revolved_volume_ml(
                [
                    (0.0, inner_floor),
                    (r_out(inner_floor) - wall * norm, inner_floor),
                    (r_out(140.0) - wall * norm, 140.0),
                    (0.0, 140.0),
                ]
            ),
            1,
        ),
    }
    return _finish(
        {"Tumbler": (cup, powder), "Lid": (lid, lid_mat)},
        [("Tumbler", "side", mm_per_uv)],
        notes,
    )


def _finish(parts, printable, notes):
    for name, (mb, mat) in parts.items():
        vol = mb.signed_volume_mm3()
        if vol <= 0:
            raise RuntimeError(f"{name}: faces point inwards (signed volume {vol:.1f} mm3)")
        mb.build(mat)
    return {"meshes": {name: mb for name, (mb, _) in parts.items()}, "printable": printable, "notes": notes}


MODELS = {
    "water-bottle": ("prisma/seed-models/water-bottle.glb", water_bottle),
    "notebook": ("prisma/seed-models/notebook.glb", notebook),
    "tumbler-cm": ("e2e/fixtures/tumbler-cm.glb", tumbler_cm),
}
