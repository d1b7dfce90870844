"""Builds Onekind's Blender-authored models and exports them as GLB.

  blender -b --factory-startup --python scripts/blender/build-models.py -- [--out DIR]
      [--only water-bottle,notebook,tumbler-cm] [--preview DIR]

Without --out the GLBs go to their committed places (prisma/seed-models/, e2e/fixtures/);
with it, all of them go to DIR. It prints, per model, the triangle count and, per printable
island, its UV rectangle in glTF's convention (v = 0 at the top of the image) and its size
on the surface in mm, as README.md states them. --preview re-imports each exported GLB and
renders it with a 10 mm checker on its printable islands (PNG files in DIR).
"""

import argparse
import json
import math
import os
import sys

import bpy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from meshkit import export_glb, reset_scene  # noqa: E402
from preview import render_preview  # noqa: E402
from products import MODELS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_args():
    argv = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
    parser = argparse.ArgumentParser(prog="build-models.py")
    parser.add_argument("--out", help="write every GLB into this directory")
    parser.add_argument("--only", help="comma-separated model names", default=",".join(MODELS))
    parser.add_argument("--preview", help="render preview PNGs into this directory")
    return parser.parse_args(argv)


def triangles(mb, island):
    """The island's triangles as (positions in mm, Blender UVs), fanned like the exporter."""
    for f, uvs, isl in zip(mb.faces, mb.uvs, mb.island_of_face):
        if isl != island:
            continue
        for i in range(1, len(f) - 1):
            yield [mb.verts[f[k]] for k in (0, i, i + 1)], [uvs[k] for k in (0, i, i + 1)]


def island_report(mb, island):
    """UV rectangle (glTF convention) and millimetres per UV unit along u and v."""
    us, vs, per_u, per_v = [], [], [], []
    for p, t in triangles(mb, island):
        us += [uv[0] for uv in t]
        vs += [uv[1] for uv in t]
        e1 = [b - a for a, b in zip(p[0], p[1])]
        e2 = [b - a for a, b in zip(p[0], p[2])]
        du1, dv1 = t[1][0] - t[0][0], t[1][1] - t[0][1]
        du2, dv2 = t[2][0] - t[0][0], t[2][1] - t[0][1]
        det = du1 * dv2 - du2 * dv1
        # Jacobian of position with respect to (u, v): its columns are dP/du and dP/dv.
        dpu = [(dv2 * a - dv1 * b) / det for a, b in zip(e1, e2)]
        dpv = [(-du2 * a + du1 * b) / det for a, b in zip(e1, e2)]
        per_u.append(math.hypot(*dpu))
        per_v.append(math.hypot(*dpv))
    u0, u1, v0, v1 = min(us), max(us), min(vs), max(vs)
    return {
        "uv": [round(u0, 6), round(1 - v1, 6), round(u1, 6), round(1 - v0, 6)],
        "mm_per_u": [round(min(per_u), 4), round(max(per_u), 4)],
        "mm_per_v": [round(min(per_v), 4), round(max(per_v), 4)],
        "width_mm": [round((u1 - u0) * min(per_u), 3), round((u1 - u0) * max(per_u), 3)],
        "height_mm": round((v1 - v0) * max(per_v), 3),
    }


def main():
    args = parse_args()
    report = {}
    for name in args.only.split(","):
        rel_path, build = MODELS[name]
        path = (
            os.path.join(args.out, os.path.basename(rel_path)) if args.out else os.path.join(ROOT, rel_path)
        )
        os.makedirs(os.path.dirname(path), exist_ok=True)
        reset_scene()
        model = build()
        export_glb(path)
        report[name] = {
            "file": path,
            "bytes": os.path.getsize(path),
            "triangles": {m: mb.triangle_count() for m, mb in model["meshes"].items()},
            "islands": {f"{m}/{i}": island_report(model["meshes"][m], i) for m, i, _ in model["printable"]},
            **model["notes"],
        }
        if args.preview:
            render_preview(path, name, model, args.preview)
    print("MODELS " + json.dumps(report, indent=2))


try:
    main()
except Exception:  # Blender -b exits 0 after a failed --python script unless told otherwise
    import traceback

    traceback.print_exc()
    sys.exit(1)
