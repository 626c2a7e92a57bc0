package app.tandem.base;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page that starts at any row, not only at a multiple of its size: what a grid asks for when it scrolls. A size
 * of 0 (an empty range, e.g. past the end of a list that shrank) asks for no rows at all.
 */
public record OffsetRequest(long offset, int size, Sort sort) implements Pageable {

    public OffsetRequest {
        if (offset < 0 || size < 0) {
            throw new IllegalArgumentException("offset and size must not be negative: " + offset + ", " + size);
        }
    }

    @Override
    public int getPageNumber() {
        return size == 0 ? 0 : (int) (offset / size);
    }

    @Override
    public int getPageSize() {
        return size;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetRequest(offset + size, size, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetRequest(Math.max(0, offset - size), size, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetRequest(0, size, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetRequest((long) pageNumber * size, size, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    @Override
    public Optional<Pageable> toOptional() {
        return Optional.of(this);
    }
}
