package org.fingertip.db.user;

import java.util.List;
import java.util.Set;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of user accounts; statements in UserMapper.xml. */
@Mapper
interface UserMapper {

    UserRow find(String username);

    List<String> roles(String username);

    void insert(@Param("u") UserAccount account);

    void update(@Param("u") UserAccount account);

    void deleteRoles(String username);

    void insertRoles(@Param("username") String username, @Param("roles") Set<String> roles);

    long count();

    List<UserRow> search(@Param("q") UserSearch query);

    long searchCount(@Param("q") UserSearch query);
}
