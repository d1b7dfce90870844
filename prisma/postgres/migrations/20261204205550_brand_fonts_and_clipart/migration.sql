-- CreateTable
CREATE TABLE "BrandFont" (
    "id" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "style" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "glyphCount" INTEGER NOT NULL,
    "licenceNote" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandFont_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clipart" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "svg" TEXT NOT NULL,
    "palette" TEXT NOT NULL,
    "singleColour" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'brand',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Clipart_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Clipart_category_name_idx" ON "Clipart"("category", "name");

