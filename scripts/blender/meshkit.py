"""Small mesh-building kit for build-models.py: faces with explicit per-corner UVs.

Geometry is written in millimetres (Blender's Z up) and scaled by the builder's `unit` when
the mesh is made, so one model can be authored in metres (the seeds) and one in centimetres
(the e2e tumbler). UVs are given in Blender's convention (v = 0 at the bottom of the image);
the glTF exporter writes v' = 1 - v.

UVs are set face corner by face corner rather than by Blender's unwrap operators, because the
printable islands must be exact rectangles with a known millimetre-per-UV scale: a cylinder
projection with the seam at the back, a flat face mapped to its own rectangle, and so on.
"""

import math

import bpy


class MeshBuilder:
    """Collects vertices (welded by position), faces, face-corner UVs and UV islands."""

    def __init__(self, name, unit, offset=(0.0, 0.0, 0.0)):
        self.name = name
        self.unit = unit
        self.offset = offset  # mm, added when the mesh is made (e.g. to stand it on the ground)
        self.verts = []
        self.index = {}
        self.faces = []
        self.uvs = []
        self.island_of_face = []

    def vertex(self, p):
        key = tuple(round(c, 6) for c in p)
        i = self.index.get(key)
        if i is None:
            i = len(self.verts)
            self.verts.append(tuple(p))
            self.index[key] = i
        return i

    def face(self, pts, uvs, island, outward=None):
        """Adds a polygon; welds repeated corners (poles); orients it towards `outward` if given."""
        idx, cuv = [], []
        for p, uv in zip(pts, uvs):
            i = self.vertex(p)
            if idx and idx[-1] == i:
                continue
            idx.append(i)
            cuv.append(tuple(uv))
        if len(idx) > 1 and idx[0] == idx[-1]:
            idx.pop()
            cuv.pop()
        if len(idx) < 3:
            return
        if outward is not None and dot(self.normal(idx), outward) < 0:
            idx.reverse()
            cuv.reverse()
        self.faces.append(idx)
        self.uvs.append(cuv)
        self.island_of_face.append(island)

    def normal(self, idx):
        p = [self.verts[i] for i in idx]
        n = [0.0, 0.0, 0.0]
        for a, b in zip(p, p[1:] + p[:1]):  # Newell's method
            n[0] += (a[1] - b[1]) * (a[2] + b[2])
            n[1] += (a[2] - b[2]) * (a[0] + b[0])
            n[2] += (a[0] - b[0]) * (a[1] + b[1])
        return n

    def signed_volume_mm3(self):
        """Positive when every face points outwards (closed meshes only)."""
        vol = 0.0
        for f in self.faces:
            a = self.verts[f[0]]
            for i in range(1, len(f) - 1):
                b, c = self.verts[f[i]], self.verts[f[i + 1]]
                vol += dot(a, cross(b, c)) / 6.0
        return vol

    def triangle_count(self):
        return sum(len(f) - 2 for f in self.faces)

    def build(self, material, smooth_angle_deg=35.0):
        mesh = bpy.data.meshes.new(self.name)
        verts = [tuple((c + o) * self.unit for c, o in zip(v, self.offset)) for v in self.verts]
        mesh.from_pydata(verts, [], self.faces)
        layer = mesh.uv_layers.new(name="UVMap")
        for poly in mesh.polygons:
            for loop, uv in zip(poly.loop_indices, self.uvs[poly.index]):
                layer.data[loop].uv = uv
        mesh.materials.append(material)
        for poly in mesh.polygons:
            poly.use_smooth = True
        mesh.use_auto_smooth = True
        mesh.auto_smooth_angle = math.radians(smooth_angle_deg)
        if mesh.validate(verbose=True):
            raise RuntimeError(f"{self.name}: Blender had to repair the mesh")
        mesh.update()
        obj = bpy.data.objects.new(self.name, mesh)
        bpy.context.scene.collection.objects.link(obj)
        return obj


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def lerp(a, b, t):
    return a + (b - a) * t


def arc_lengths(points):
    s = [0.0]
    for a, b in zip(points, points[1:]):
        s.append(s[-1] + math.dist(a, b))
    return s


def revolve(mb, segments, n, theta0=math.pi / 2):
    """Surface of revolution about Z from (r, z) profile segments, one UV island each.

    Walk the profile from the bottom of the axis outwards, up and back in (counter-clockwise
    in the r-z half plane) and the faces point outwards. Angle index 0 sits at theta0 (+Y, the
    back, by default) so a strip island's seam is at the back and u grows counter-clockwise
    seen from above: left to right seen from the front (-Y), so prints are not mirrored.

    segment = {"island": name, "points": [(r, z), ...], "uv": ("strip" | "planar", rect)}
      strip:  u = angle (rect left to right), v = arc length along the profile (bottom to top)
      planar: the segment seen along Z, scaled to fit the rect (for bottoms, tops and lids)
    rect = (u0, v0, u1, v1) in Blender's UV convention.
    """
    cos_t = [math.cos(theta0 + 2 * math.pi * j / n) for j in range(n)]
    sin_t = [math.sin(theta0 + 2 * math.pi * j / n) for j in range(n)]
    for seg in segments:
        pts = seg["points"]
        mode, (u0, v0, u1, v1) = seg["uv"]
        s = arc_lengths(pts)
        rmax = max(r for r, _ in pts)
        for i in range(len(pts) - 1):
            (ra, za), (rb, zb) = pts[i], pts[i + 1]
            for j in range(n):
                k = (j + 1) % n
                corners = [(ra, za, j), (ra, za, k), (rb, zb, k), (rb, zb, j)]
                xyz = [(r * cos_t[c], r * sin_t[c], z) for r, z, c in corners]
                if mode == "strip":
                    cols = [j, j + 1, j + 1, j]
                    rows = [s[i], s[i], s[i + 1], s[i + 1]]
                    uvs = [(lerp(u0, u1, c / n), lerp(v0, v1, t / s[-1])) for c, t in zip(cols, rows)]
                else:
                    cu, cv = (u0 + u1) / 2, (v0 + v1) / 2
                    ku, kv = (u1 - u0) / 2 / rmax, (v1 - v0) / 2 / rmax
                    uvs = [(cu + x * ku, cv + y * kv) for x, y, _ in xyz]
                mb.face(xyz, uvs, seg["island"])


def extrude(mb, poly, z0, z1, island, rect, u_param=None):
    """Wall swept along Z from a polyline in XY; outward is to the right of the walk.

    UVs: u by arc length along the polyline (or by u_param(point) if given), v by z.
    """
    u0, v0, u1, v1 = rect
    s = arc_lengths(poly)
    us = [u_param(p) for p in poly] if u_param else [t / s[-1] for t in s]
    for k in range(len(poly) - 1):
        (xa, ya), (xb, yb) = poly[k], poly[k + 1]
        pts = [(xa, ya, z0), (xb, yb, z0), (xb, yb, z1), (xa, ya, z1)]
        ua, ub = lerp(u0, u1, us[k]), lerp(u0, u1, us[k + 1])
        mb.face(pts, [(ua, v0), (ub, v0), (ub, v1), (ua, v1)], island)


def cap_between(mb, chain_a, chain_b, z, up, island, rect, bounds):
    """Flat face at height z filling between two matching XY chains (a quad strip).

    UVs are the face seen along Z, `bounds` = (x0, y0, x1, y1) mapped onto rect.
    """
    u0, v0, u1, v1 = rect
    bx0, by0, bx1, by1 = bounds

    def uv(p):
        return (lerp(u0, u1, (p[0] - bx0) / (bx1 - bx0)), lerp(v0, v1, (p[1] - by0) / (by1 - by0)))

    for k in range(len(chain_a) - 1):
        quad = [chain_a[k], chain_a[k + 1], chain_b[k + 1], chain_b[k]]
        mb.face([(x, y, z) for x, y in quad], [uv(p) for p in quad], island, (0, 0, 1 if up else -1))


def arc(center, radius, a0, a1, steps):
    """Points on a circular arc in a plane, angles in radians, both ends included."""
    cx, cy = center
    return [
        (cx + radius * math.cos(lerp(a0, a1, t / steps)), cy + radius * math.sin(lerp(a0, a1, t / steps)))
        for t in range(steps + 1)
    ]


def material(name, base, metallic, roughness):
    """Principled BSDF with glTF metallic-roughness factors; single-sided (closed meshes)."""
    mat = bpy.data.materials.new(name)
    mat.use_nodes = True
    bsdf = mat.node_tree.nodes["Principled BSDF"]
    bsdf.inputs["Base Color"].default_value = (*base, 1.0)
    bsdf.inputs["Metallic"].default_value = metallic
    bsdf.inputs["Roughness"].default_value = roughness
    mat.diffuse_color = (*base, 1.0)
    mat.use_backface_culling = True
    return mat


def reset_scene():
    bpy.ops.wm.read_factory_settings(use_empty=True)


def export_glb(path):
    bpy.ops.export_scene.gltf(
        filepath=path,
        export_format="GLB",
        export_texcoords=True,
        export_normals=True,
        export_tangents=False,
        export_materials="EXPORT",
        export_colors=False,
        export_cameras=False,
        export_lights=False,
        export_extras=False,
        export_yup=True,
        export_apply=True,
        export_animations=False,
        export_draco_mesh_compression_enable=False,
    )
