'use strict';

const { Op, literal } = require('@datawrapper/orm').db;
const { User, Chart } = require('@datawrapper/orm/models');

const ORDER_COLUMNS = {
    id: 'id',
    email: 'email',
    name: 'name',
    createdAt: 'created_at',
    chartCount: 'chart_count'
};

/** Admin user list with chart counts; search matches email or name. */
async function searchUsers({ search, teamId, order, orderBy, limit, offset }) {
    const where = { deleted: false };
    if (search) {
        const pattern = `%${search}%`;
        where[Op.or] = [{ email: { [Op.like]: pattern } }, { name: { [Op.like]: pattern } }];
    }
    if (teamId) {
        // expect: sql-injection
        where.id = { [Op.in]: literal(`(SELECT user_id FROM user_team WHERE organization_id = '${teamId}')`) };
    }

    const { rows, count } = await User.findAndCountAll({
        where,
        attributes: {
            include: [[literal('(SELECT COUNT(*) FROM chart WHERE chart.author_id = user.id AND chart.deleted = 0)'), 'chart_count']]
        },
        order: [[literal(ORDER_COLUMNS[orderBy] || 'id'), order === 'DESC' ? 'DESC' : 'ASC']],
        limit,
        offset
    });

    return {
        list: rows.map(u => ({ id: u.id, email: u.email, name: u.name, role: u.role, chartCount: u.get('chart_count') })),
        total: count
    };
}

async function countCharts(userId) {
    return Chart.count({ where: { author_id: Number(userId), deleted: false } });
}

module.exports = { searchUsers, countCharts };
