"""Preview renders for build-models.py --preview: is each printable island uniform and upright?

Re-imports the exported GLB (so what is checked is the file, not the scene that made it),
paints a 10 mm checker on each printable island's UV rectangle with a red "F" in its middle
(mirrored or upside down if the mapping is) and renders two views with Workbench.
"""

import math
import os

import bpy
import numpy as np
from mathutils import Vector

from meshkit import reset_scene

# Debian's Blender 3.4 glTF importer still says np.bool, which numpy 1.24 removed.
if "bool" not in np.__dict__:
    np.bool = bool

SIZE = 1024
CELL_MM = 10.0


def island_rect(mb, island):
    uvs = [uv for f_uvs, isl in zip(mb.uvs, mb.island_of_face) if isl == island for uv in f_uvs]
    return min(u for u, _ in uvs), min(v for _, v in uvs), max(u for u, _ in uvs), max(v for _, v in uvs)


def checker_image(name, islands):
    """islands: [(rect in Blender UVs, mm per UV)] -> image, row 0 at v = 0 as Blender stores it."""
    px = np.full((SIZE, SIZE, 4), (0.45, 0.45, 0.45, 1.0), dtype=np.float32)
    uu = (np.arange(SIZE) + 0.5) / SIZE
    for (u0, v0, u1, v1), mm_per_uv in islands:
        cols = np.where((uu >= u0) & (uu <= u1))[0]
        rows = np.where((uu >= v0) & (uu <= v1))[0]
        cu = np.floor((uu[cols] - u0) * mm_per_uv / CELL_MM).astype(int)
        cv = np.floor((uu[rows] - v0) * mm_per_uv / CELL_MM).astype(int)
        odd = (cv[:, None] + cu[None, :]) % 2 == 1
        block = np.where(odd[..., None], (0.08, 0.08, 0.1, 1.0), (0.95, 0.95, 0.92, 1.0))
        # An "F" 6 x 10 cells, in the middle: 2-cell stem, top bar 6 cells, middle bar 4 cells.
        mu, mv = (u0 + u1) / 2, (v0 + v1) / 2
        fu = (uu[cols] - mu) * mm_per_uv / CELL_MM + 3
        fv = (uu[rows] - mv) * mm_per_uv / CELL_MM + 5
        in_u, in_v = (fu >= 0) & (fu < 6), (fv >= 0) & (fv < 10)
        stem = in_v[:, None] & (fu < 2)[None, :] & (fu >= 0)[None, :]
        top = ((fv >= 8) & (fv < 10))[:, None] & in_u[None, :]
        mid = ((fv >= 4) & (fv < 6))[:, None] & ((fu >= 0) & (fu < 4))[None, :]
        block[stem | top | mid] = (0.85, 0.05, 0.05, 1.0)
        px[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1] = block
    img = bpy.data.images.new(name, SIZE, SIZE)
    img.pixels.foreach_set(px.ravel())
    return img


def use_checker(mat, img):
    nodes, links = mat.node_tree.nodes, mat.node_tree.links
    bsdf = next(n for n in nodes if n.type == "BSDF_PRINCIPLED")
    tex = nodes.new("ShaderNodeTexImage")
    tex.image = img
    links.new(tex.outputs["Color"], bsdf.inputs["Base Color"])
    bsdf.inputs["Metallic"].default_value = 0.0


def render_preview(glb_path, name, model, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    reset_scene()
    bpy.ops.import_scene.gltf(filepath=glb_path)
    objs = [o for o in bpy.context.scene.objects if o.type == "MESH"]
    by_mesh = {}
    for mesh_name, island, mm_per_uv in model["printable"]:
        rect = island_rect(model["meshes"][mesh_name], island)
        by_mesh.setdefault(mesh_name, []).append((rect, mm_per_uv))
    for o in objs:
        for slot in o.material_slots:
            c = slot.material.node_tree.nodes["Principled BSDF"].inputs["Base Color"].default_value
            slot.material.diffuse_color = (max(c[0], 0.05), max(c[1], 0.05), max(c[2], 0.05), 1.0)
        if o.data.name in by_mesh:
            img = checker_image(f"{name}-checker", by_mesh[o.data.name])
            use_checker(o.material_slots[0].material, img)

    lo = Vector((min((o.matrix_world @ Vector(c))[k] for o in objs for c in o.bound_box) for k in range(3)))
    hi = Vector((max((o.matrix_world @ Vector(c))[k] for o in objs for c in o.bound_box) for k in range(3)))
    centre, size = (lo + hi) / 2, (hi - lo).length

    scene = bpy.context.scene
    scene.render.engine = "BLENDER_WORKBENCH"
    scene.display.shading.light = "STUDIO"
    scene.display.shading.color_type = "TEXTURE"
    scene.display.shading.show_specular_highlight = True
    scene.render.resolution_x = scene.render.resolution_y = 720
    scene.render.film_transparent = False
    cam_data = bpy.data.cameras.new("Preview")
    cam_data.lens = 50
    cam_data.clip_start, cam_data.clip_end = size / 100, size * 10
    cam = bpy.data.objects.new("Preview", cam_data)
    scene.collection.objects.link(cam)
    scene.camera = cam
    for view, azimuth in [("front", -25.0), ("back", 155.0)]:
        a, e = math.radians(azimuth - 90), math.radians(18)
        direction = Vector((math.cos(a) * math.cos(e), math.sin(a) * math.cos(e), math.sin(e)))
        cam.location = centre + direction * size * 1.45
        cam.rotation_euler = (-direction).to_track_quat("-Z", "Y").to_euler()
        scene.render.filepath = os.path.join(out_dir, f"{name}-{view}.png")
        bpy.ops.render.render(write_still=True)
