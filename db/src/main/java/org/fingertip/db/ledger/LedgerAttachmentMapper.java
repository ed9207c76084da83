package org.fingertip.db.ledger;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LedgerAttachmentMapper {

    void insert(@Param("r") LedgerAttachmentRow row);

    void insertPart(@Param("attachmentId") long attachmentId, @Param("partNo") int partNo,
                    @Param("content") byte[] content);

    /** Descriptions only: the bytes are read one file at a time, by {@link #parts}. */
    List<LedgerAttachmentRow> ofItem(@Param("itemId") long itemId);

    LedgerAttachmentRow byId(@Param("itemId") long itemId, @Param("id") long id);

    /** The parts of one attachment of the item, in order; none for another item's attachment. */
    List<LedgerAttachmentPart> parts(@Param("itemId") long itemId, @Param("id") long id);

    int count(@Param("itemId") long itemId);
}
