import CLeptonica

extension Pix {
    /// An 8-bit grey image made from `image`'s pixels (0 black, 255 white): the way back from a
    /// ``GrayImage``, for images drawn or edited in Swift (tests, synthetic crops).
    convenience init?(gray image: GrayImage) {
        guard image.width > 0, image.height > 0, let pointer = pixCreate(Int32(image.width), Int32(image.height), 8) else { return nil }
        self.init(pointer)
        for y in 0..<image.height {
            for x in 0..<image.width { pixSetPixel(pointer, Int32(x), Int32(y), UInt32(image[x, y])) }
        }
    }
}
