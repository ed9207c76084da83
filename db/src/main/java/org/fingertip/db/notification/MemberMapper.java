package org.fingertip.db.notification;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.notification.Member;

/** SQL of who a recipient is; statements in MemberMapper.xml. Only enabled users, by username. */
@Mapper
interface MemberMapper {

    List<Member> user(@Param("username") String username);

    List<Member> withRoleInJurisdiction(@Param("role") String role, @Param("divisionCode") String divisionCode);

    List<Member> withRoleInUnit(@Param("role") String role, @Param("unitCode") String unitCode);
}
